package org.w3id.kamergraph.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files under {@code kamergraph/gazetteer/} on the class path: one row per line, columns
 * split by tabs, blank lines and {@code #} comments skipped. Every loader of those files reads them
 * here.
 */
final class DataFiles {
  private static final String BASE = "/kamergraph/gazetteer/";

  /** Turns a data file's rows into what a loader needs. */
  interface Parser<T> {
    T parse(Reader in) throws IOException;
  }

  private DataFiles() {}

  /** Parses the shipped file {@code name}; a missing or unreadable file is a packaging error. */
  static <T> T load(String name, Parser<T> parser) {
    InputStream in = DataFiles.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + name + "; rebuild the jar");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parser.parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(BASE + name, e);
    }
  }

  /** The data rows of a file, each split at tabs (empty trailing columns kept). */
  static List<String[]> rows(Reader in) throws IOException {
    List<String[]> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    while ((line = r.readLine()) != null) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }
}
