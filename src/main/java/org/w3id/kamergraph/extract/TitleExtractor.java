package org.w3id.kamergraph.extract;

import org.w3id.kamergraph.layout.Header;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Title;

/**
 * The subject of the questions, from the header: everything between {@code over} and {@code
 * (ingezonden …)}.
 */
public final class TitleExtractor implements Extractor {
  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    context
        .layout()
        .header()
        .flatMap(Header::subject)
        .ifPresent(
            s ->
                sink.title(
                    new Title(
                        s.of(text).replaceAll("\\s+", " ").strip(),
                        context.span(s.begin(), s.end()))));
  }
}
