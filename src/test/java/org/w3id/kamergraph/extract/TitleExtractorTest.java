package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import org.junit.jupiter.api.Test;

class TitleExtractorTest {
  @Test
  void theSubjectBetweenOverAndIngezonden() {
    String text =
        "Vragen van het lid Kemal (D66) aan de Minister van Financiën over het bericht «Banken\nsluiten filialen» (ingezonden 3 april 2024).";
    var titles = extract(new TitleExtractor(), text).titles();
    assertThat(titles)
        .extracting(t -> t.text())
        .containsExactly("het bericht «Banken sluiten filialen»");
    assertThat(text.substring(titles.get(0).span().begin(), titles.get(0).span().end()))
        .isEqualTo("het bericht «Banken\nsluiten filialen»");
  }

  @Test
  void noHeaderNoTitle() {
    assertThat(extract(new TitleExtractor(), "Vraag 1\nBent u bekend met het bericht?").titles())
        .isEmpty();
  }
}
