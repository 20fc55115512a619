package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * Reads {@code .md} files. The markup stays in the text so that every offset is an offset into the
 * file as written; {@link TextNormaliser} blanks the markup ({@code <sup>}, {@code **}, heading
 * {@code #}) for the extractors.
 */
public final class MarkdownReader implements DocumentReader {
  @Override
  public Set<String> extensions() {
    return Set.of("md", "markdown");
  }

  @Override
  public ReadText read(Path file, byte[] bytes) {
    return new ReadText(CharsetDetector.decode(bytes).text(), SourceFormat.MARKDOWN, Map.of());
  }
}
