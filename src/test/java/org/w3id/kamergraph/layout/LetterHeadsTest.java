package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterHeadsTest {
  private static String value(java.util.Optional<Region> r, String text) {
    return r.map(x -> x.of(text)).orElse(null);
  }

  @Test
  void fieldsOnTheirLabelsLineOrTheLineBelow() {
    String text =
        "Ons kenmerk\nDGAN-NB / 19178342\n\nUw kenmerk\n2019Z11873\n\nDatum 8 juli 2019\n"
            + "Betreft: Antwoord op vragen over wolven\n\nGeachte Voorzitter,\n";
    LetterHead head = LetterHeads.find(text, text.length());
    assertThat(value(head.date(), text)).isEqualTo("8 juli 2019");
    assertThat(value(head.subject(), text)).isEqualTo("Antwoord op vragen over wolven");
    assertThat(value(head.ourReference(), text)).isEqualTo("DGAN-NB / 19178342");
    assertThat(value(head.yourReference(), text)).isEqualTo("2019Z11873");
  }

  @Test
  void labelsInRunningTextOrAfterTheQuestionsAreNoFields() {
    String text = "In de brief met als datum 8 juli 2019 staat het.\nVraag 1\nDatum 9 juli 2019\n";
    LetterHead head = LetterHeads.find(text, text.indexOf("Vraag 1"));
    assertThat(head.isPresent()).isFalse();
  }
}
