package org.w3id.kamergraph.extract;

import org.w3id.kamergraph.model.FactSink;

/**
 * Finds one kind of fact in a document's normalised text and reports it, with its place in the text
 * as read, to a {@link FactSink}.
 *
 * <p>Contract: an extractor never modifies the context; it reports only what the text supports; it
 * must finish in time linear (or near-linear) in the text's length on any input, so no
 * backtracking-prone patterns over unbounded text. Implementations are stateless after construction
 * and safe to share between threads. Unexpected input is not an error: an extractor that finds
 * nothing reports nothing.
 */
public interface Extractor {
  void extract(ExtractionContext context, FactSink sink);
}
