package org.w3id.kamergraph.extract.names;

import java.util.List;
import java.util.Map;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.SourceFormat;
import org.w3id.kamergraph.reference.Lexicon;

/** Runs a name extractor on a short text and returns the names it reports. */
final class MentionCollector {
  private MentionCollector() {}

  static List<NamedMention> run(Extractor extractor, String text) {
    ExtractionContext context = context("test", text);
    DocumentFacts.Builder sink = new DocumentFacts.Builder(context.document());
    extractor.extract(context, sink);
    return sink.build().mentions();
  }

  static ExtractionContext context(String id, String text) {
    return context(id, text, new Lexicon(List.of(), List.of(), List.of()));
  }

  /** The same, with the lexicon of parties and ministries given. */
  static ExtractionContext context(String id, String text, Lexicon lexicon) {
    SourceDocument doc =
        new SourceDocument(
            id,
            id + ".txt",
            SourceFormat.TEXT,
            text,
            NormalisedText.identity(text),
            "0",
            Map.of(),
            List.of(),
            List.of());
    return new ExtractionContext(doc, lexicon);
  }

  static List<String> labels(List<NamedMention> mentions) {
    return mentions.stream().map(NamedMention::label).toList();
  }
}
