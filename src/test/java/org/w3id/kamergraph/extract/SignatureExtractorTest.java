package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.model.Role;

class SignatureExtractorTest {
  private static final String LETTER =
      "Geachte voorzitter,\n\nHierbij ontvangt u de antwoorden op de vragen die zijn gesteld door het lid Bakker (D66) "
          + "over de digitale overheid.\n\nDe staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, \n"
          + "Digitalisering en Koninkrijksrelaties\n\n\nAlexandra C. van Berkel\n\n1. Bent u bekend met het bericht?\n";

  private final SignatureExtractor extractor = new SignatureExtractor();

  @Test
  void signatureOfACoverLetter() {
    List<Answerer> found = extract(extractor, LETTER).answerers();
    assertThat(found)
        .extracting(Answerer::name)
        .containsExactly(new PersonName("Alexandra C. van Berkel", "Van Berkel", "Alexandra C."));
    assertThat(found)
        .extracting(a -> a.office().role(), a -> a.office().department())
        .containsExactly(tuple(Role.STAATSSECRETARIS, "Binnenlandse Zaken en Koninkrijksrelaties"));
    Answerer a = found.get(0);
    assertThat(LETTER.substring(a.span().begin(), a.span().end()))
        .isEqualTo("Alexandra C. van Berkel");
  }

  @Test
  void ignoredWhenAnAnswerLineNamesTheAnswerer() {
    String text =
        "Antwoord van staatssecretaris Van Berkel (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 3 mei 2024)\n\n"
            + LETTER;
    assertThat(extract(extractor, text).answerers()).isEmpty();
  }

  @Test
  void titleWithoutANameBelowGivesNothing() {
    assertThat(
            extract(
                    extractor,
                    "De minister van Financiën\n\n\nHoogachtend,\n\nmet vriendelijke groet\n")
                .answerers())
        .isEmpty();
  }

  @Test
  void aNameTooFarBelowTheTitleIsNotItsSignature() {
    assertThat(
            extract(extractor, "De minister van Financiën\n" + "\n".repeat(12) + "Sanne Verhoef\n")
                .answerers())
        .isEmpty();
  }

  @Test
  void aLetterHeadingLineIsNotASignatory() {
    String text =
        "De minister van Financiën\n\nBetreft Beantwoording Kamervragen\n\n 1. Bent u bekend met het bericht?\n";
    assertThat(TestDocuments.extract(new SignatureExtractor(), text).answerers()).isEmpty();
  }

  @Test
  void aFirstNameInParenthesesAfterTheInitials() {
    String text =
        "Hierbij zend ik u de antwoorden op de vragen van het lid Kok (SP) over treinen.\n\n"
            + "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n\n\nS. (Sanne) Tjalsma\n\n 1. Klopt het?\n";
    var answerers = TestDocuments.extract(new SignatureExtractor(), text).answerers();
    assertThat(answerers).hasSize(1);
    assertThat(answerers.get(0).name().familyName()).isEqualTo("Tjalsma");
    assertThat(answerers.get(0).office().label())
        .isEqualTo("Staatssecretaris van Infrastructuur en Waterstaat");
  }
}
