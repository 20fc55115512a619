package org.w3id.kamergraph.export;

import java.io.IOException;
import java.io.Writer;

/** Writes a network in one file format. */
public interface NetworkWriter {
  /** The format's name on the command line ({@code graphml}, …). */
  String format();

  /** The file extension (without the dot) that asks for the format. */
  String extension();

  /** Writes {@code network} whole to {@code out} (not closed). */
  void write(Network network, Writer out) throws IOException;
}
