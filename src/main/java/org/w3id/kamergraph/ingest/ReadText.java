package org.w3id.kamergraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.kamergraph.model.SourceFormat;
import org.w3id.kamergraph.model.StructureMark;

/**
 * The text a {@link DocumentReader} read from a file, before normalisation.
 *
 * @param text the document's text; every offset kamergraph reports points into it
 * @param format the format it was read as
 * @param metadata fields the source states about itself (official XML, metadata.xml), else empty
 * @param structure the parts the source marks (official XML), in {@code text}; else empty
 */
public record ReadText(
    String text, SourceFormat format, Map<String, String> metadata, List<StructureMark> structure) {
  /** Text from a format that marks no structure. */
  public ReadText(String text, SourceFormat format, Map<String, String> metadata) {
    this(text, format, metadata, List.of());
  }

  public ReadText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    metadata = Map.copyOf(metadata);
    structure = List.copyOf(structure);
  }
}
