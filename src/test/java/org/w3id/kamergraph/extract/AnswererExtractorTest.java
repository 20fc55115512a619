package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.Role;

class AnswererExtractorTest {
  private final AnswererExtractor extractor = new AnswererExtractor();

  @Test
  void twoAnswerersWithTheirOffices() {
    String text =
        "Antwoord van Minister Jansen (Financiën) en van Staatssecretaris Van der Berg "
            + "(Sociale Zaken en Werkgelegenheid) (ontvangen 5 juni 2024)\n\nVraag 1\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.answerers())
        .extracting(a -> a.name().familyName(), a -> a.office().role(), a -> a.office().label())
        .containsExactly(
            tuple("Jansen", Role.MINISTER, "Minister van Financiën"),
            tuple(
                "Van der Berg",
                Role.STAATSSECRETARIS,
                "Staatssecretaris van Sociale Zaken en Werkgelegenheid"));
    Answerer first = facts.answerers().get(0);
    assertThat(text.substring(first.span().begin(), first.span().end())).isEqualTo("Jansen");
    assertThat(facts.mededeling()).isEmpty();
  }

  @Test
  void mededelingMarksTheDocumentAndItsWriter() {
    String text =
        "Mededeling van minister Jansen (Onderwijs, Cultuur en Wetenschap) (ontvangen 13 mei 2024)\n\nDe beantwoording duurt langer.";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.mededeling()).isPresent();
    assertThat(text.substring(facts.mededeling().get().begin(), facts.mededeling().get().end()))
        .isEqualTo("Mededeling");
    assertThat(facts.answerers())
        .extracting(a -> a.name().familyName(), a -> a.office().department())
        .containsExactly(tuple("Jansen", "Onderwijs, Cultuur en Wetenschap"));
  }

  @Test
  void staatssecretarisInLowerCase() {
    assertThat(
            extract(
                    extractor,
                    "Antwoord van staatssecretaris De Vries (Justitie en Veiligheid) (ontvangen 2 februari 2023)")
                .answerers())
        .extracting(a -> a.name().familyName(), a -> a.office().role(), a -> a.office().label())
        .containsExactly(
            tuple(
                "De Vries", Role.STAATSSECRETARIS, "Staatssecretaris van Justitie en Veiligheid"));
  }

  @Test
  void noAnswerLineNoAnswerers() {
    DocumentFacts facts =
        extract(
            extractor,
            "Vragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld.\n\nVraag 1\nKent u het bericht?");
    assertThat(facts.answerers()).isEmpty();
    assertThat(facts.mededeling()).isEmpty();
  }

  @Test
  void theMinisterPresidentIsNamedWithoutAPortfolio() {
    String text = "Antwoord van Minister-President Van Aalst (ontvangen 2 mei 2024)\n\nVraag 1\n";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.answerers())
        .extracting(a -> a.name().familyName(), a -> a.office().role())
        .containsExactly(tuple("Van Aalst", Role.MINISTER_PRESIDENT));
  }

  @Test
  void olderTextsCapitaliseOntvangen() {
    String text = "Antwoord van minister Klaver (Financiën) (Ontvangen 3 april 2008)\n\nVraag 1\n";
    assertThat(extract(extractor, text).answerers())
        .extracting(a -> a.name().familyName())
        .containsExactly("Klaver");
  }
}
