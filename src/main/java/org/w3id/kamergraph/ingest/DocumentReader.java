package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import org.w3id.kamergraph.model.InputException;

/**
 * Turns the bytes of one input file into text. One implementation per format.
 *
 * <p>Contract: the caller owns the bytes and has already bounded their size; a reader does not
 * touch the file system. Implementations are stateless and thread-safe. A file that cannot be read
 * as this format raises {@link InputException} naming the file and, where known, the line or
 * offset.
 */
public interface DocumentReader {
  /**
   * The logging context key under which the file being read is known while {@link #read} runs (set
   * by {@link Ingestor}), so what a parsing library logs can be told apart per file.
   */
  String FILE_CONTEXT = "kamergraph.file";

  /** The file name extensions (lower case, without dot) this reader handles. */
  java.util.Set<String> extensions();

  /**
   * Reads the file's text.
   *
   * @param file the file's path, for messages only
   * @param bytes the file's content
   */
  ReadText read(Path file, byte[] bytes);
}
