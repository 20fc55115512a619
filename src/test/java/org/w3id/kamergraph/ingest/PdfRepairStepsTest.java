package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.Span;

/**
 * The repairs of PDF text damage: diacritics beside their letters, months glued to years, doubled
 * labels. Each case runs through {@link OffsetMapAssert}, and random mixtures check that the map
 * stays exact whatever the damage around it.
 */
class PdfRepairStepsTest {
  private static final SpacingDiacriticStep DIACRITICS = new SpacingDiacriticStep();
  private static final GluedMonthStep MONTHS = new GluedMonthStep();
  private static final DoubledLabelStep LABELS = new DoubledLabelStep();

  private static String run(NormalisationStep step, String in) {
    NormalisedText out = step.apply(in);
    OffsetMapAssert.assertExact(in, out);
    return out.text();
  }

  private static void assertRepaired(NormalisationStep step, String pair) {
    String[] p = pair.split("\\|");
    assertThat(run(step, p[0])).as(p[0]).isEqualTo(p[1]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ko¨hnen|Köhnen",
        "Günes¸ (D66)|Güneş (D66)",
        "Syrie´ vaker|Syrié vaker",
        "Jovanovic´ (PvdA)|Jovanović (PvdA)",
        "C¸elikbas|Çelikbas",
        "Dieudonne´,|Dieudonné,",
        "financie¨le|financiële",
        "coo¨rdinatie|coördinatie",
        "Kilic¸|Kiliç",
        "Dog˘an|Doğan",
        "Dvorˇak|Dvořak",
        "Ha˚kansson|Håkansson",
        "Pen˜a|Peña",
        "eˆtre|être",
        "Gdan´sk|Gdańsk",
        "Wałe˛sa|Wałęsa",
        "Erdo˝s|Erdős",
        "MARTI´NEZ|MARTÍNEZ",
        "Sjo¨gren-Ku¨hn|Sjögren-Kühn",
        // the mark before its letter, as TeX-made PDFs give it
        "K¨ohnen|Köhnen",
        "¨Ozdemir|Özdemir",
        "¸Celik|Çelik",
        "K´ovacs|Kóvacs"
      })
  void aDiacriticBesideItsLetterIsJoinedWithIt(String pair) {
    assertRepaired(DIACRITICS, pair);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the acute and grave as apostrophe
        "zo´n grote groep",
        "auto´s en",
        "foto`s",
        "de Hongaarse ambassade in ´s-Gravenhage",
        "´t is",
        "d´r",
        "m´n",
        "in de jaren ´80",
        "d´Ancona",
        "l´Oréal",
        "O´Neill",
        // the acute and grave as quote marks
        "Het ´sociaal plan´ waar",
        "het ´rapport´",
        "``Vraag''",
        "`Aanhangsel'",
        "de ´plan´ en ´idee´",
        "`36 600 VI` over een regel",
        "`../shared/reference-data`",
        // no such letter in the list, or none at all
        "knel´",
        "x´",
        "Q¨",
        // free-standing marks
        "a ´ b",
        "20 ´ 30",
        "¨",
        "´",
        // the ASCII caret and tilde are characters of their own
        "x^2",
        "e^tre",
        "https://www.uva.nl/~anna",
        "https://www.ad.nl/binnenland/regio~a3f0c2b1/",
        "Pen~a",
        "~5 procent",
        "[^1]",
        // already accented, or a combining mark
        "é´",
        "Ko\u0308hnen"
      })
  void looksAlikeStayAsTheyAre(String in) {
    assertThat(run(DIACRITICS, in)).isEqualTo(in);
  }

  @Test
  void aSpanEndingInAJoinedLetterTakesTheMarkAlong() {
    String source = "uit Syrie´ en Ko¨hnen";
    NormalisedText n = DIACRITICS.apply(source);
    assertThat(n.text()).isEqualTo("uit Syrié en Köhnen");
    assertThat(n.toSource(4, 9)).isEqualTo(new Span(4, 10));
    assertThat(source.substring(4, 10)).isEqualTo("Syrie´");
    assertThat(n.toSource(13, 19)).isEqualTo(new Span(14, 21));
  }

  @Test
  void aJoinedLetterBeforeItsMarkSpansBoth() {
    NormalisedText n = DIACRITICS.apply("¨Ozdemir");
    assertThat(n.toSource(0, 1)).isEqualTo(new Span(0, 2));
    assertThat(n.toSource(0, 7)).isEqualTo(new Span(0, 8));
  }

  @Test
  void aClosingQuoteFarFromItsOpeningIsReadAsAnAccent() {
    String far = "´begin " + "x".repeat(SpacingDiacriticStep.QUOTE_REACH) + " Syrie´";
    assertThat(run(DIACRITICS, far)).endsWith(" Syrié");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(ingezonden 3 maart2023).|(ingezonden 3 maart 2023).",
        "(ingezonden 3\nmaart2023)|(ingezonden 3\nmaart 2023)",
        "(ontvangen 11 februari2021).|(ontvangen 11 februari 2021).",
        "9 mrt.2021|9 mrt. 2021",
        "12 sept2019|12 sept 2019",
        "1 Mei2020|1 Mei 2020",
        "op 4 DECEMBER2015 is|op 4 DECEMBER 2015 is",
        "3maart2023|3 maart 2023",
        "12maart 2021|12 maart 2021",
        "(ingezonden 20maart 2015)|(ingezonden 20 maart 2015)"
      })
  void aMonthGluedToItsYearOrDayIsSeparated(String pair) {
    assertRepaired(MONTHS, pair);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3 maart 2023",
        "maart20231",
        "maart 20231",
        "dec2023Z01",
        "mei2023Z01233",
        "Groeifonds2024",
        "maartje2023",
        "novum2023",
        "A12maart 2021",
        "123maart 2021",
        "3maart is",
        "jan-2023",
        "in maart0800"
      })
  void nonDatesStayWhole(String in) {
    assertThat(run(MONTHS, in)).isEqualTo(in);
  }

  @Test
  void theInsertedSpaceMapsToTheYear() {
    NormalisedText n = MONTHS.apply("3 maart2023)");
    assertThat(n.text()).isEqualTo("3 maart 2023)");
    assertThat(n.toSource(7)).isEqualTo(7);
    assertThat(n.toSource(8)).isEqualTo(7);
    assertThat(n.toSource(2, 12)).isEqualTo(new Span(2, 11));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(ontvangen (ontvangen 28 maart 2023).|           (ontvangen 28 maart 2023).",
        "Vraag Vraag 3|      Vraag 3",
        "(Ingezonden\n(ingezonden 3 maart|           \n(ingezonden 3 maart",
        "Antwoord  antwoord 4 en 5|          antwoord 4 en 5"
      })
  void theFirstOfADoubledLabelIsBlanked(String pair) {
    assertRepaired(LABELS, pair);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vragen vragen tijd",
        "de vraag vraag?",
        "(ontvangen (ontvangen)",
        "Vraag\n\nVraag 3",
        "Vraag 3 Vraag 4",
        "(ontvangen(ontvangen 28 maart",
        "vraagvraag 3"
      })
  void labelsThatAreNotDoubledStay(String in) {
    assertThat(run(LABELS, in)).isEqualTo(in);
  }

  /** Pieces of damaged and undamaged PDF text, glued at random. */
  private static final List<String> PIECES =
      List.of(
          "Ko¨hnen ",
          "Günes¸",
          "Syrie´",
          "¨Ozdemir",
          "zo´n ",
          "´s-Gravenhage",
          "´plan´ ",
          "O´Neill",
          "x^2",
          "~",
          "˜",
          "´",
          "¨",
          "`",
          "e",
          "o",
          "n",
          "s",
          "t",
          " ",
          "\n",
          "3 maart2023",
          "maart",
          "2023",
          "mrt.",
          "12",
          "(ontvangen ",
          "(ontvangen",
          "Vraag ",
          "vraag",
          "3",
          "é",
          "\u0308");

  @RepeatedTest(300)
  void theMapStaysExactOnRandomDamage(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    StringBuilder source = new StringBuilder();
    int pieces = 1 + random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      source.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    String in = source.toString();
    for (NormalisationStep step : List.of(DIACRITICS, MONTHS, LABELS)) {
      NormalisedText out = step.apply(in);
      OffsetMapAssert.assertExact(in, out);
      assertThat(out.text().length()).isBetween(in.length() / 2, in.length() * 2);
    }
    // every letter the diacritic step makes is one letter, composed
    String joined = DIACRITICS.apply(in).text();
    assertThat(Normalizer.isNormalized(joined.replace("\u0308", ""), Normalizer.Form.NFC)).isTrue();
  }
}
