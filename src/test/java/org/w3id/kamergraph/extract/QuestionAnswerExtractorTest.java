package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.AnswerBlock;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.QuestionBlock;

class QuestionAnswerExtractorTest {
  private static final String HEADER =
      "Vragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld (ingezonden 3 maart 2024).\n\n";
  private final QuestionAnswerExtractor extractor = new QuestionAnswerExtractor();

  @Test
  void labelledQuestionsAndAnswers() {
    String text =
        HEADER
            + "Vraag 1\nKent u het bericht over de brug?\n\nAntwoord 1\nJa.\n\n"
            + "Vraag 2\nWat vindt u daarvan?\n\nAntwoord 2\nDaar vind ik veel van.\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers, QuestionBlock::text)
        .containsExactly(
            tuple(List.of(1), "Kent u het bericht over de brug?"),
            tuple(List.of(2), "Wat vindt u daarvan?"));
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(tuple(List.of(1), "Ja."), tuple(List.of(2), "Daar vind ik veel van."));
    QuestionBlock q = facts.questions().get(0);
    assertThat(text.substring(q.span().begin(), q.span().end()))
        .isEqualTo("Kent u het bericht over de brug?");
  }

  @Test
  void groupedNumbers() {
    String text =
        HEADER
            + "Vraag 1\nKent u het bericht?\n\nVraag 2 en 3\nWaarom? En wanneer?\n\n"
            + "Vraag 4\nHoe dan?\n\nVraag 8, 9, 10 en 11\nWie, wat, waar en hoe?\n\n"
            + "Antwoord 1\nJa.\n\nAntwoord 2 en 3\nOmdat het moet, in mei.\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers)
        .containsExactly(List.of(1), List.of(2, 3), List.of(4), List.of(8, 9, 10, 11));
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(tuple(List.of(1), "Ja."), tuple(List.of(2, 3), "Omdat het moet, in mei."));
  }

  @Test
  void subItemsCountEachNumberOnce() {
    String text =
        HEADER
            + "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\nVraag 2\nWat doet u?\n\n"
            + "Antwoord 2l\nHet eerste deel.\n\nAntwoord 2m\nHet tweede deel.\n\nVraag 3\nEn nu?\n\nAntwoord 3l\nNiets.\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(
            tuple(List.of(1), "Ja."),
            tuple(List.of(2), "Het eerste deel."),
            tuple(List.of(3), "Niets."));
  }

  @Test
  void bareAntwoordAnswersTheLastQuestion() {
    String text =
        HEADER
            + "Vraag 1\nKent u het bericht?\n\nAntwoord\nJa.\n\nVraag 2\nEn dan?\n\nAntwoord:\nNee.\n";
    assertThat(extract(extractor, text).answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(tuple(List.of(1), "Ja."), tuple(List.of(2), "Nee."));
  }

  @Test
  void inlineLayoutWithoutLineBreaks() {
    String text =
        HEADER.strip()
            + " Vraag 1 Kent u het bericht «Sparen loont niet»? Antwoord 1 Ja. "
            + "Vraag 2 Deelt u de mening dat dit anders moet? Antwoord 2 Nee, dat deel ik niet.";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers, QuestionBlock::text)
        .containsExactly(
            tuple(List.of(1), "Kent u het bericht «Sparen loont niet»?"),
            tuple(List.of(2), "Deelt u de mening dat dit anders moet?"));
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(tuple(List.of(1), "Ja."), tuple(List.of(2), "Nee, dat deel ik niet."));
  }

  @Test
  void crossReferenceInRunningTextIsNoLabel() {
    String text =
        HEADER
            + "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa, zie antwoord 3 en Zie Antwoord 3 hieronder.\n\n"
            + "Vraag 2\nEn dan?\n\nAntwoord 2\nNee.\n\nVraag 3\nWaarom?\n\nAntwoord 3\nDaarom.\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(
            tuple(List.of(1), "Ja, zie antwoord 3 en Zie Antwoord 3 hieronder."),
            tuple(List.of(2), "Nee."),
            tuple(List.of(3), "Daarom."));
  }

  @Test
  void numberedLayoutWithItalicAnswers() {
    String text =
        HEADER
            + "1 Bent u bekend met het bericht over de brug?\n\n*Ja, daar ben ik mee bekend.*\n\n"
            + "2 Wat gaat u doen?\n\n*Ik ga de brug laten repareren.*\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers, QuestionBlock::text)
        .containsExactly(
            tuple(List.of(1), "Bent u bekend met het bericht over de brug?"),
            tuple(List.of(2), "Wat gaat u doen?"));
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(
            tuple(List.of(1), "*Ja, daar ben ik mee bekend.*"),
            tuple(List.of(2), "*Ik ga de brug laten repareren.*"));
  }

  @Test
  void numberedLayoutWithAntwoordLabels() {
    String text =
        "1. Heeft u kennisgenomen van het rapport?\nAntwoord:\nJa.\n\n"
            + "2. Wat is uw oordeel?\nAntwoord:\nPositief.\n\n"
            + "3. Wanneer komt het plan?\nAntwoord:\nIn mei.\n\n"
            + "4. Wat kost het?\n5. Wie betaalt het?\nAntwoord vraag 4 en 5:\nHet Rijk betaalt tien miljoen.\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers)
        .containsExactly(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5));
    assertThat(facts.answers())
        .extracting(AnswerBlock::numbers, AnswerBlock::text)
        .containsExactly(
            tuple(List.of(1), "Ja."),
            tuple(List.of(2), "Positief."),
            tuple(List.of(3), "In mei."),
            tuple(List.of(4, 5), "Het Rijk betaalt tien miljoen."));
  }

  @Test
  void numberedFootnoteLinesAreNotQuestions() {
    String text =
        HEADER
            + "1 Bent u bekend met het bericht?\n\n*Ja.*\n\n2 Wat gaat u doen?\n\n*Niets.*\n\n"
            + "3 Werknemers in beeld: toezicht op de werkvloer (europa.eu)\n"
            + "4 Robot of recruiter? Zo houdt u selectie eerlijk | Stichting Eerlijk Werk\n";
    assertThat(extract(extractor, text).questions())
        .extracting(QuestionBlock::numbers)
        .containsExactly(List.of(1), List.of(2));
  }

  @Test
  void labelledQuestionsOnlyGiveNoAnswers() {
    String text = HEADER + "Vraag 1\nKent u het bericht?\n\nVraag 2\nWat vindt u daarvan?\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions()).hasSize(2);
    assertThat(facts.answers()).isEmpty();
  }

  @Test
  void numberedQuestionsOnlyGiveNoAnswers() {
    String text = HEADER + "1\nBent u bekend met het bericht?\n\n2\nWat vindt u daarvan?\n";
    String numbered = HEADER + "1 Bent u bekend met het bericht?\n\n2 Wat vindt u daarvan?\n";
    DocumentFacts facts = extract(extractor, numbered);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers)
        .containsExactly(List.of(1), List.of(2));
    assertThat(facts.answers()).isEmpty();
    assertThat(extract(extractor, text).answers()).isEmpty();
  }

  @Test
  void footnotesAfterTheLastNumberedQuestionAreNoAnswer() {
    String text =
        HEADER
            + "1 Bent u bekend met het bericht?1\n\n2 Wat vindt u daarvan?\n\n1 Dagblad Oost, 3 maart 2024, «Brug dicht».\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.questions())
        .extracting(QuestionBlock::numbers)
        .containsExactly(List.of(1), List.of(2));
    assertThat(facts.answers()).isEmpty();
  }

  @Test
  void anAnswerOpeningWithAFootnoteLineIsStillAnAnswer() {
    String text =
        HEADER
            + "1 Bent u bekend met het bericht?\n\n1 Zie de brief van 3 mei.\n\n*Ja, dat ben ik.*\n\n"
            + "2 Wat vindt u daarvan?\n\n*Weinig.*\n";
    assertThat(extract(extractor, text).answers())
        .extracting(AnswerBlock::numbers)
        .containsExactly(List.of(1), List.of(2));
  }

  @Test
  void noQuestionsInPlainProse() {
    DocumentFacts facts =
        extract(extractor, "Dit is een brief. Er staan 3 dingen in, en 2 daarvan zijn klein.");
    assertThat(facts.questions()).isEmpty();
    assertThat(facts.answers()).isEmpty();
  }

  @Test
  void theLastAnswerEndsWhereTheNotesBegin() {
    String text =
        HEADER
            + "Vraag 1\nKent u het rapport?1\n\nAntwoord 1\nJa.\n\n"
            + "1 Centraal Planbureau, «Sparen, maar voor wie?», maart 2024.\n2 Zie ook Kamerstuk 36 410, nr. 3.\n";
    var facts = TestDocuments.extract(extractor, text);
    assertThat(facts.answers()).extracting(a -> a.text()).containsExactly("Ja.");
  }

  @Test
  void theLastQuestionOfAMededelingEndsAtTheNotice() {
    String text =
        HEADER
            + "Vraag 1\nKent u het rapport?\n\nVraag 2\nWat gaat u doen?\n\nMededeling\n\n"
            + "De beantwoording van deze vragen vraagt meer tijd.\n";
    var facts = TestDocuments.extract(extractor, text);
    assertThat(facts.questions())
        .extracting(q -> q.text())
        .containsExactly("Kent u het rapport?", "Wat gaat u doen?");
    assertThat(facts.answers()).isEmpty();
  }

  @Test
  void olderLayoutGivesAllQuestionsThenAllAnswers() {
    String text =
        "Vragen van het lid Kemal (VVD) aan de minister van Financiën over spaargeld. (Ingezonden 3 maart 2009)\n\n"
            + "1\nKent u het bericht?\n\n2\nKlopt het dat de rente daalt?\n\n"
            + "Antwoord van minister Mol (Financiën). (Ontvangen 20 maart 2009)\n\n1\nJa.\n\n2\nNee, zie ook Kamerstuk 31 001, nr. 62.\n";
    var facts = TestDocuments.extract(extractor, text);
    assertThat(facts.questions())
        .extracting(q -> q.text())
        .containsExactly("Kent u het bericht?", "Klopt het dat de rente daalt?");
    assertThat(facts.answers())
        .extracting(a -> a.numbers().get(0), a -> a.text())
        .containsExactly(tuple(1, "Ja."), tuple(2, "Nee, zie ook Kamerstuk 31 001, nr. 62."));
  }

  @Test
  void aQuestionNumberMayStandOnItsOwnLine() {
    String text =
        "1.\nBent u bekend met het bericht?\n\nAntwoord 1\nJa.\n\n2.\nWat doet u?\n\nAntwoord 2\nNiets.\n";
    var facts = TestDocuments.extract(extractor, text);
    assertThat(facts.questions()).hasSize(2);
    assertThat(facts.answers()).extracting(a -> a.text()).containsExactly("Ja.", "Niets.");
  }
}
