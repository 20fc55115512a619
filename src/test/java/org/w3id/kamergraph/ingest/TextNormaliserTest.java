package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.Span;

class TextNormaliserTest {
  // fragments that trigger every rule, and some that must survive; glued at random
  private static final List<String> FRAGMENTS =
      List.of(
          "Vraag 1\r\n",
          "huisvestingsmogelijkhe-\nden ",
          "onderne-mingsklimaat ",
          "energie-infrastructuur ",
          "worden12. ",
          "technologie’3 ",
          "KEV2023 ",
          "2023Z02233",
          "COVID-19 ",
          "zieken\u00ADhuis ",
          "a\u00A0b ",
          "\u200B",
          "<sup>1</sup>",
          "**vet**",
          "\n## Kop\n",
          "\n-----\n",
          "\nh tk 20232024 387\n",
          "ah-tk-20232024-1031\nISSN 0921 - 7398’s-Gravenhage 2024",
          "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
          "\n1NOS, ",
          "genomen3:",
          "\r",
          "-",
          " ",
          "\n",
          "e-mail ",
          "Staatsse-\r\ncretaris ",
          "x",
          "1",
          "?",
          "’",
          "\uFEFF",
          "\t",
          "Noord-Brabant ",
          "Ko¨hnen ",
          "Syrie´",
          "zo´n ",
          "¨",
          "3 maart2023",
          "(ontvangen (ontvangen 28 maart 2023)");

  private final TextNormaliser normaliser = new TextNormaliser();

  /** Normalises {@code source}, checks the text and the map, and returns the result. */
  private NormalisedText assertNormalises(String source, String expected) {
    NormalisedText n = normaliser.normalise(source);
    assertThat(n.text()).isEqualTo(expected);
    OffsetMapAssert.assertExact(source, n);
    return n;
  }

  @Test
  void appliesAllRulesInOrder() {
    assertNormalises(
        "Het onderne-mingsklimaat\r\nkan beter wor-\r\nden12. Zie\u00A0ook<sup>2</sup>\n"
            + "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2\nniet-westerse",
        "Het ondernemingsklimaat\nkan beter worden 12. Zie ook     2      \n"
            + "                                                  \nniet-westerse");
  }

  @Test
  void repairsPdfDamage() {
    NormalisedText n =
        assertNormalises(
            "Vragen van het lid Günes¸ (ingezonden 3 maart2023).\r\nAntwoord van"
                + " Staatssecretaris Ko¨hnen (ontvangen (ontvangen 28 maart 2023).",
            "Vragen van het lid Güneş (ingezonden 3 maart 2023).\nAntwoord van Staatssecretaris"
                + " Köhnen            (ontvangen 28 maart 2023).");
    int at = n.text().indexOf("Güneş");
    assertThat(n.toSource(at, at + 5)).isEqualTo(new Span(19, 25));
  }

  @Test
  void mapPointsIntoTheSourceAcrossSteps() {
    String source = "a\r\nonderne-mingsklimaat12.";
    NormalisedText n = normaliser.normalise(source);
    int at = n.text().indexOf("mingsklimaat");
    assertThat(source.substring(n.toSource(at))).startsWith("mingsklimaat");
    assertThat(n.toSource(at, at + "mingsklimaat".length()).end()).isEqualTo(source.indexOf("12"));
  }

  @Test
  void aRunOfCombiningMarksKeepsFourAndEveryLetterKeepsItsOffset() {
    String source = "Ko\u0308hler e" + "\u0301".repeat(10_000) + " Jansen";
    NormalisedText n = normaliser.normalise(source);
    assertThat(n.text()).isEqualTo("Ko\u0308hler e\u0301\u0301\u0301\u0301 Jansen");
    int at = n.text().indexOf("Jansen");
    assertThat(source.substring(n.toSource(at))).isEqualTo("Jansen");
  }

  @Test
  void normalisingTwiceChangesNothingMore() {
    String once = normaliser.normalise("Het onderne-mingsklimaat\r\nwor-\nden12.").text();
    assertThat(normaliser.normalise(once).text()).isEqualTo(once);
  }

  @RepeatedTest(200)
  void mapIsExactOnRandomMixtures(org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    StringBuilder source = new StringBuilder();
    int n = 1 + random.nextInt(60);
    for (int i = 0; i < n; i++) {
      source.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    OffsetMapAssert.assertExact(source.toString(), normaliser.normalise(source.toString()));
  }

  @Test
  void emptyTextGivesEmptyText() {
    NormalisedText n = normaliser.normalise("");
    assertThat(n.text()).isEmpty();
    assertThat(n.sourceOffsets()).containsExactly(0);
  }
}
