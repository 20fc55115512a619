package org.w3id.kamergraph.extract;

import java.util.Objects;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.Span;

/**
 * What an extractor sees of one document: its normalised text, the way back to the text as read,
 * and the reference lexicon.
 */
public record ExtractionContext(SourceDocument document, Lexicon lexicon) {
  public ExtractionContext {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The normalised text extractors match against. */
  public String text() {
    return document.normalised().text();
  }

  /** The span in the text as read of normalised {@code [begin, end)}. */
  public Span span(int begin, int end) {
    return document.normalised().toSource(begin, end);
  }
}
