package org.w3id.kamergraph.extract;

import java.util.Objects;
import org.w3id.kamergraph.layout.DocumentLayout;
import org.w3id.kamergraph.layout.Layouts;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * What an extractor sees of one document: its normalised text, the way back to the text as read,
 * and the reference lexicon.
 */
public record ExtractionContext(SourceDocument document, Lexicon lexicon, Memo memo) {
  public ExtractionContext {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(memo, "memo");
  }

  /** A context with a memo of its own. */
  public ExtractionContext(SourceDocument document, Lexicon lexicon) {
    this(document, lexicon, new Memo());
  }

  /**
   * What several extractors compute from one document's text (the gazetteer's hits), computed once
   * per document. One document is extracted on one thread, so it needs no locking; it lives as long
   * as the context.
   */
  public static final class Memo {
    private final java.util.Map<Object, Object> values = new java.util.HashMap<>();

    /** The value for {@code key}, computed by {@code compute} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, java.util.function.Supplier<T> compute) {
      Object v = values.get(key);
      if (v == null) {
        v = compute.get();
        values.put(key, v);
      }
      return (T) v;
    }
  }

  /** Where the document's parts stand, worked out once per document. */
  public DocumentLayout layout() {
    return memo.get(DocumentLayout.class, () -> Layouts.of(document));
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
