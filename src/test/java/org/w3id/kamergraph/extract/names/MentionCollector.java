package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.extract.Lexicon;
import org.w3id.kamergraph.model.AnswerBlock;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Footnote;
import org.w3id.kamergraph.model.KamerstukCitation;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.QuestionBlock;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.SourceFormat;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.model.ZaakReference;

/** A sink that keeps the mentions and ignores everything else. */
final class MentionCollector implements FactSink {
  final List<NamedMention> mentions = new ArrayList<>();

  static List<NamedMention> run(Extractor extractor, String text) {
    MentionCollector sink = new MentionCollector();
    extractor.extract(context("test", text), sink);
    return sink.mentions;
  }

  static ExtractionContext context(String id, String text) {
    SourceDocument doc =
        new SourceDocument(
            id,
            id + ".txt",
            SourceFormat.TEXT,
            text,
            NormalisedText.identity(text),
            "0",
            java.util.Map.of());
    return new ExtractionContext(doc, new Lexicon(List.of(), List.of(), List.of()));
  }

  static List<String> labels(List<NamedMention> mentions) {
    return mentions.stream().map(NamedMention::label).toList();
  }

  @Override
  public void zaak(ZaakReference zaak) {}

  @Override
  public void title(org.w3id.kamergraph.model.Title title) {}

  @Override
  public void submitted(DateFact date) {}

  @Override
  public void answered(DateFact date) {}

  @Override
  public void asker(Asker asker) {}

  @Override
  public void addressee(Office office) {}

  @Override
  public void member(Asker member) {}

  @Override
  public void answerer(Answerer answerer) {}

  @Override
  public void citation(KamerstukCitation citation) {}

  @Override
  public void question(QuestionBlock question) {}

  @Override
  public void answer(AnswerBlock answer) {}

  @Override
  public void footnote(Footnote footnote) {}

  @Override
  public void mention(NamedMention mention) {
    mentions.add(mention);
  }

  @Override
  public void mededeling(Span span) {}
}
