package org.w3id.kamergraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the extractors found in one document, in the order they found it.
 *
 * @param document the document the facts are about
 * @param mededeling where the document says it is a postponement notice, if it is one
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
    Optional<Span> mededeling) {

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
  }

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

    public Builder(SourceDocument document) {
      this.document = document;
    }

    @Override
    public void zaak(ZaakReference zaak) {
      zaken.add(zaak);
    }

    @Override
    public void title(Title title) {
      titles.add(title);
    }

    @Override
    public void submitted(DateFact date) {
      submitted.add(date);
    }

    @Override
    public void answered(DateFact date) {
      answered.add(date);
    }

    @Override
    public void asker(Asker asker) {
      askers.add(asker);
    }

    @Override
    public void member(Asker member) {
      members.add(member);
    }

    @Override
    public void addressee(Office office) {
      addressees.add(office);
    }

    @Override
    public void answerer(Answerer answerer) {
      answerers.add(answerer);
    }

    @Override
    public void citation(KamerstukCitation citation) {
      citations.add(citation);
    }

    @Override
    public void reference(DocumentReference reference) {
      references.add(reference);
    }

    @Override
    public void question(QuestionBlock question) {
      questions.add(question);
    }

    @Override
    public void answer(AnswerBlock answer) {
      answers.add(answer);
    }

    @Override
    public void footnote(Footnote footnote) {
      footnotes.add(footnote);
    }

    @Override
    public void mention(NamedMention mention) {
      mentions.add(mention);
    }

    @Override
    public void mededeling(Span span) {
      if (mededeling == null) {
        mededeling = span;
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
          Optional.ofNullable(mededeling));
    }
  }
}
