package org.w3id.kamergraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One input document after ingest.
 *
 * @param id the document's identifier: the file name without extension ({@code
 *     ah-tk-20232024-1031})
 * @param fileName the input file's name, without folders
 * @param format the format it was read as
 * @param text the text as read (decoded, markup removed); offsets of facts point into it
 * @param normalised the text extractors see, mapped back to {@code text}
 * @param contentHash SHA-256 (hex) of the file's bytes
 * @param metadata fields the source itself states (official XML/metadata), e.g. {@code
 *     DC.identifier}; empty for plain text
 * @param warnings what was wrong with the input but did not stop it being read (a sidecar that
 *     could not be used), each naming the file concerned
 * @param structure the parts the source itself marks (the official XML's questions, answers,
 *     footnotes), in the text as read; empty for formats without such structure
 */
public record SourceDocument(
    String id,
    String fileName,
    SourceFormat format,
    String text,
    NormalisedText normalised,
    String contentHash,
    Map<String, String> metadata,
    List<String> warnings,
    List<StructureMark> structure) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalised, "normalised");
    Objects.requireNonNull(contentHash, "contentHash");
    metadata = Map.copyOf(metadata);
    warnings = List.copyOf(warnings);
    structure = List.copyOf(structure);
  }
}
