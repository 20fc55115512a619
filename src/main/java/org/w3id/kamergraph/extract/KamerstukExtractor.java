package org.w3id.kamergraph.extract;

import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.KamerstukCitation;

/**
 * Cited Kamerstukken: every document {@link KamerstukGrammar} reads in the text, as a {@link
 * KamerstukCitation} whose span is the citation in the text as read (for a list, the first
 * document's span runs from the dossier to its number, each further one is its own number or
 * range). Aanhangsel, Handelingen, Staatscourant and ECLI references are not Kamerstukken; {@link
 * ReferenceExtractor} finds those.
 */
public final class KamerstukExtractor implements Extractor {
  private final KamerstukGrammar grammar = new KamerstukGrammar();

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    for (KamerstukGrammar.Reading r : grammar.read(context.text())) {
      sink.citation(
          new KamerstukCitation(
              r.dossier(), r.sub(), r.nummer(), context.span(r.begin(), r.end())));
    }
  }
}
