package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * Reads {@code .txt} files: the decoded text as is (see {@link CharsetDetector}). Never fails:
 * every byte sequence decodes as Windows-1252 at worst.
 */
public final class PlainTextReader implements DocumentReader {
  @Override
  public Set<String> extensions() {
    return Set.of("txt");
  }

  @Override
  public ReadText read(Path file, byte[] bytes) {
    return new ReadText(CharsetDetector.decode(bytes).text(), SourceFormat.TEXT, Map.of());
  }
}
