package org.w3id.kamergraph.extract;

import org.w3id.kamergraph.layout.Note;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Footnote;

/** The footnotes the document's layout found, each with its number, text and place. */
public final class FootnoteExtractor implements Extractor {
  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    for (Note n : context.layout().footnotes()) {
      sink.footnote(
          new Footnote(
              n.number(),
              n.text().of(text).replaceAll("\\s+", " ").strip(),
              context.span(n.text().begin(), n.text().end()),
              FootnoteLinks.in(n.text().of(text))));
    }
  }
}
