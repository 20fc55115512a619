package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.DocumentFacts;

class DateExtractorTest {
  private final DateExtractor extractor = new DateExtractor();

  @Test
  void submittedInParentheses() {
    String text = "Vragen van het lid Kemal (VVD) over spaargeld (ingezonden 8 april 2020).";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.submitted())
        .extracting(DateFact::date)
        .containsExactly(LocalDate.of(2020, 4, 8));
    DateFact d = facts.submitted().get(0);
    assertThat(text.substring(d.span().begin(), d.span().end())).isEqualTo("8 april 2020");
    assertThat(facts.answered()).isEmpty();
  }

  @Test
  void aDateOutsideThePlausibleYearsIsReportedWithItsPlaceAndNotUsed() {
    String text =
        "Vragen van het lid Kemal (VVD) (ingezonden 3 maart 2999). (ontvangen 1 mei 1799)";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.submitted()).isEmpty();
    assertThat(facts.answered()).isEmpty();
    assertThat(facts.warnings())
        .containsExactly(
            "the date \"3 maart 2999\" at offset 43 is outside 1800–2100 and is not used;"
                + " correct it in the source if it is a typing error",
            "the date \"1 mei 1799\" at offset 69 is outside 1800–2100 and is not used;"
                + " correct it in the source if it is a typing error");
  }

  @Test
  void submittedAcrossALineBreak() {
    assertThat(extract(extractor, "over spaargeld (ingezonden 8\napril 2020).").submitted())
        .extracting(DateFact::date)
        .containsExactly(LocalDate.of(2020, 4, 8));
  }

  @Test
  void submittedInACoverLetter() {
    assertThat(
            extract(extractor, "de vragen die zijn ingezonden op 18 januari 2023 over spaargeld")
                .submitted())
        .extracting(DateFact::date)
        .containsExactly(LocalDate.of(2023, 1, 18));
  }

  @Test
  void answeredFromOntvangen() {
    DocumentFacts facts =
        extract(extractor, "Antwoord van minister Jansen (Financiën) (ontvangen 7 juni 2022)");
    assertThat(facts.answered())
        .extracting(DateFact::date)
        .containsExactly(LocalDate.of(2022, 6, 7));
    assertThat(facts.submitted()).isEmpty();
  }

  @Test
  void ontvangenOutsideParenthesesIsNotTheAnswerDate() {
    assertThat(extract(extractor, "Ik heb de brief ontvangen 7 juni 2022 en gelezen.").answered())
        .isEmpty();
  }

  @Test
  void impossibleDateIsIgnored() {
    assertThat(extract(extractor, "over spaargeld (ingezonden 31 februari 2023).").submitted())
        .isEmpty();
  }

  @Test
  void onlyTheFirstCounts() {
    DocumentFacts facts =
        extract(
            extractor,
            "(ingezonden 3 maart 2024) (ontvangen 20 maart 2024)\nEerdere vragen (ingezonden 1 januari 2024, ontvangen … ) (ontvangen 2 februari 2024)");
    assertThat(facts.submitted())
        .extracting(DateFact::date)
        .containsExactly(LocalDate.of(2024, 3, 3));
    assertThat(facts.answered())
        .extracting(DateFact::date)
        .containsExactly(LocalDate.of(2024, 3, 20));
  }

  @Test
  void anAnswerLetterIsDatedByItsDateLine() {
    String letter =
        "Datum 18 september 2018\nBetreft Kamervragen\n\nHierbij zend ik u de antwoorden op de vragen van het lid Kok (SP) over treinen (ingezonden 30 augustus 2018).";
    var facts = TestDocuments.extract(new DateExtractor(), letter);
    assertThat(facts.answered()).extracting(d -> d.date().toString()).containsExactly("2018-09-18");
    // a document with an official header is not an answer letter: its Datum line says nothing
    String questions =
        "Datum 18 september 2018\nVragen van het lid Kok (SP) aan de Minister van Financiën over treinen (ingezonden 30 augustus 2018).";
    assertThat(TestDocuments.extract(new DateExtractor(), questions).answered()).isEmpty();
  }
}
