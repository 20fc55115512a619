package org.w3id.kamergraph.ingest;

import java.util.Map;
import java.util.Objects;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * The text a {@link DocumentReader} read from a file, before normalisation.
 *
 * @param text the document's text; every offset kamergraph reports points into it
 * @param format the format it was read as
 * @param metadata fields the source states about itself (official XML, metadata.xml), else empty
 */
public record ReadText(String text, SourceFormat format, Map<String, String> metadata) {
  public ReadText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    metadata = Map.copyOf(metadata);
  }
}
