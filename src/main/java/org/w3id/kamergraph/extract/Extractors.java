package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kamergraph.extract.names.NameExtractors;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * The extractors kamergraph runs, in one place, so a reader sees every step on one screen. Built
 * once (they load their data at construction) and shared; thread-safe.
 */
public final class Extractors {
  private final List<Extractor> extractors;
  private final Lexicon lexicon;

  private Extractors(Lexicon lexicon, List<Extractor> extractors) {
    this.lexicon = lexicon;
    this.extractors = List.copyOf(extractors);
  }

  /** Every extractor, over the given reference lexicon and gazetteer of named things. */
  public static Extractors standard(Lexicon lexicon, Gazetteer gazetteer) {
    List<Extractor> all =
        new ArrayList<>(
            List.of(
                new ZaakExtractor(),
                new TitleExtractor(),
                new DateExtractor(),
                new AskerExtractor(),
                new MemberMentionExtractor(),
                new AddresseeExtractor(),
                new AnswererExtractor(),
                new SignatureExtractor(),
                new QuestionAnswerExtractor(),
                new FootnoteExtractor(),
                new KamerstukExtractor(),
                new ReferenceExtractor(),
                new MinistryMentionExtractor(lexicon),
                new PartyMentionExtractor(lexicon)));
    all.addAll(NameExtractors.create(gazetteer));
    return new Extractors(lexicon, all);
  }

  /** Runs every extractor over the document. */
  public DocumentFacts extract(SourceDocument document) {
    ExtractionContext context = new ExtractionContext(document, lexicon);
    DocumentFacts.Builder facts = new DocumentFacts.Builder(document);
    for (Extractor e : extractors) {
      e.extract(context, facts);
    }
    return facts.build();
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public List<Extractor> list() {
    return extractors;
  }
}
