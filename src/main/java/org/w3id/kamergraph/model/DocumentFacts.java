package org.w3id.kamergraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the extractors found in one document, in the order they found it.
 *
 * @param document the document the facts are about
 * @param mededeling where the document says it is a postponement notice, if it is one
 * @param warnings what an extractor saw and did not use, each saying where in the document
 */
public record DocumentFacts(
    SourceDocument document,
    List<ZaakReference> zaken,
    List<Title> titles,
    List<DateFact> submitted,
    List<DateFact> answered,
    List<Asker> askers,
    List<Asker> members,
    List<Office> addressees,
    List<Answerer> answerers,
    List<KamerstukCitation> citations,
    List<DocumentReference> references,
    List<QuestionBlock> questions,
    List<AnswerBlock> answers,
    List<Footnote> footnotes,
    List<NamedMention> mentions,
    Optional<Span> mededeling,
    List<String> warnings) {

  public DocumentFacts {
    zaken = List.copyOf(zaken);
    titles = List.copyOf(titles);
    submitted = List.copyOf(submitted);
    answered = List.copyOf(answered);
    askers = List.copyOf(askers);
    members = List.copyOf(members);
    addressees = List.copyOf(addressees);
    answerers = List.copyOf(answerers);
    citations = List.copyOf(citations);
    references = List.copyOf(references);
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    footnotes = List.copyOf(footnotes);
    mentions = List.copyOf(mentions);
    warnings = List.copyOf(warnings);
  }

  /**
   * The most facts one document may yield: over a hundred times the richest real document, and few
   * enough that a document's graph fits any worker's memory.
   */
  public static final int MAX_FACTS = 50_000;

  /** Collects facts for one document; {@link #build()} freezes them. */
  public static final class Builder implements FactSink {
    private final SourceDocument document;
    private final List<ZaakReference> zaken = new ArrayList<>();
    private final List<Title> titles = new ArrayList<>();
    private final List<DateFact> submitted = new ArrayList<>();
    private final List<DateFact> answered = new ArrayList<>();
    private final List<Asker> askers = new ArrayList<>();
    private final List<Asker> members = new ArrayList<>();
    private final List<Office> addressees = new ArrayList<>();
    private final List<Answerer> answerers = new ArrayList<>();
    private final List<KamerstukCitation> citations = new ArrayList<>();
    private final List<DocumentReference> references = new ArrayList<>();
    private final List<QuestionBlock> questions = new ArrayList<>();
    private final List<AnswerBlock> answers = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<NamedMention> mentions = new ArrayList<>();
    private Span mededeling;
    private final List<String> warnings = new ArrayList<>();

    private final int maxFacts;
    private int facts;

    /** A builder that takes up to {@link #MAX_FACTS} facts. */
    public Builder(SourceDocument document) {
      this(document, MAX_FACTS);
    }

    /** A builder that refuses the document once it has more than {@code maxFacts} facts. */
    public Builder(SourceDocument document, int maxFacts) {
      this.document = document;
      this.maxFacts = maxFacts;
    }

    /**
     * Every fact passes here: a text of one phrase repeated (a megabyte of "(VVD) ") would
     * otherwise become millions of facts, and millions of quads, before anything could look at its
     * size.
     */
    private <T> void keep(List<T> list, T fact) {
      if (++facts > maxFacts) {
        throw new FactLimitException(document.fileName(), maxFacts);
      }
      list.add(fact);
    }

    @Override
    public void zaak(ZaakReference zaak) {
      keep(zaken, zaak);
    }

    @Override
    public void title(Title title) {
      keep(titles, title);
    }

    @Override
    public void submitted(DateFact date) {
      keep(submitted, date);
    }

    @Override
    public void answered(DateFact date) {
      keep(answered, date);
    }

    @Override
    public void asker(Asker asker) {
      keep(askers, asker);
    }

    @Override
    public void member(Asker member) {
      keep(members, member);
    }

    @Override
    public void addressee(Office office) {
      keep(addressees, office);
    }

    @Override
    public void answerer(Answerer answerer) {
      keep(answerers, answerer);
    }

    @Override
    public void citation(KamerstukCitation citation) {
      keep(citations, citation);
    }

    @Override
    public void reference(DocumentReference reference) {
      keep(references, reference);
    }

    @Override
    public void question(QuestionBlock question) {
      keep(questions, question);
    }

    @Override
    public void answer(AnswerBlock answer) {
      keep(answers, answer);
    }

    @Override
    public void footnote(Footnote footnote) {
      keep(footnotes, footnote);
    }

    @Override
    public void mention(NamedMention mention) {
      keep(mentions, mention);
    }

    @Override
    public void mededeling(Span span) {
      if (mededeling == null) {
        mededeling = span;
      }
    }

    @Override
    public void warning(String message) {
      if (warnings.size() < 100) { // a report, not a second copy of a hostile document
        warnings.add(message);
      }
    }

    public DocumentFacts build() {
      return new DocumentFacts(
          document,
          zaken,
          titles,
          submitted,
          answered,
          askers,
          members,
          addressees,
          answerers,
          citations,
          references,
          questions,
          answers,
          footnotes,
          mentions,
          Optional.ofNullable(mededeling),
          warnings);
    }
  }
}
