package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kamergraph.model.NormalisedText;

class NormalisationStepsTest {
  private static String run(NormalisationStep step, String in) {
    NormalisedText out = step.apply(in);
    OffsetMapAssert.assertExact(in, out);
    return out.text();
  }

  @Test
  void lineEndingsBecomeNewlines() {
    assertThat(run(new LineEndingStep(), "a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
  }

  @Test
  void invisibleCharactersAreDroppedAndOddSpacesMadePlain() {
    String in = "zieken\u00ADhuis\u200B a\u00A0b\u202Fc\td\u2028e\ff\uFEFF";
    assertThat(run(new InvisibleCharacterStep(), in)).isEqualTo("ziekenhuis a b c d\ne\nf");
  }

  @Test
  void markdownMarkupIsBlanked() {
    String in = "# 2\n#### Vergaderjaar\n**Vragen**\nstukken<sup>1</sup> is\n#hashtag";
    assertThat(run(new MarkdownMarkupStep(), in))
        .isEqualTo("  2\n     Vergaderjaar\n  Vragen  \nstukken     1       is\n#hashtag");
  }

  @Test
  void markdownKeepsBracketMarkers() {
    assertThat(run(new MarkdownMarkupStep(), "gezuiverd»[1 ] en")).isEqualTo("gezuiverd»[1 ] en");
  }

  @Test
  void firstPageFooterIsBlanked() {
    String in =
        "bezig.\n \nah-tk-20232024-1031\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer,"
            + " vergaderjaar 2023–2024, Aanhangsel 1\nbeschikbare ruimte";
    String out = run(new PageFurnitureStep(), in);
    assertThat(out)
        .doesNotContain("ISSN", "Aanhangsel", "ah-tk")
        .startsWith("bezig.\n \n")
        .endsWith("\nbeschikbare ruimte");
  }

  @Test
  void inlineFooterOfOneLineDocumentIsBlanked() {
    String in =
        "nr. 70 ah-tk-20142015-698 ISSN 0921 - 7398 ’s-Gravenhage 2014 Tweede Kamer,"
            + " vergaderjaar 2014–2015, Aanhangsel 1 gegeven aan verzekerden? Zie ook Aanhangsel"
            + " Handelingen, vergaderjaar 2014–2015, nr. 403";
    String out = run(new PageFurnitureStep(), in);
    assertThat(out)
        .startsWith("nr. 70 ")
        .contains(" gegeven aan verzekerden?")
        .doesNotContain("ISSN", "698", "Aanhangsel 1")
        .endsWith("Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403");
  }

  @Test
  void markdownPageFooterAndSeparatorAreBlankedButHeaderStays() {
    String in =
        "Tweede Kamer der Staten-Generaal2\ntekst\n\nh tk 20232024 387\n\n-----\n\nverder"
            + " - met streepje";
    String out = run(new PageFurnitureStep(), in);
    assertThat(out)
        .startsWith("Tweede Kamer der Staten-Generaal2\ntekst\n")
        .doesNotContain("h tk", "---")
        .endsWith("verder - met streepje");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "huisvestingsmogelijkhe-\nden|huisvestingsmogelijkheden",
        "Staatsse- \n  cretaris|Staatssecretaris",
        "stikstofproble-\nmatiek is|stikstofproblematiek is",
        "jongstle-den|jongstleden",
        "het onderne-mingsklimaat|het ondernemingsklimaat",
        "alterna-tieve brandstof|alternatieve brandstof",
        "de Staatsse-cretaris|de Staatssecretaris",
        "productieloca-ties).|productielocaties).",
        "informe-ren.|informeren.",
        "declaratiesys-teem?|declaratiesysteem?",
        "zorgverzeke-raars,|zorgverzekeraars,"
      })
  void splitWordsAreJoined(String pair) {
    String[] p = pair.split("\\|");
    assertThat(run(new HyphenationStep(), p[0])).isEqualTo(p[1]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "energie-infrastructuur",
        "AI-toepassingen",
        "CDA-Raadslid",
        "Noord-Brabant",
        "e-mail",
        "niet-westerse",
        "publiek-private",
        "Lachin-corridor",
        "sociaal-economisch",
        "COVID-19",
        "oud-minister",
        "vestigings- en ondernemingsklimaat",
        "om-\nen verbouw",
        "af- of uitgesteld",
        "energie-\ninfrastructuur",
        "nos.nl/artikel/2505780-werkgevers-nieuwe-\ninvesteringen",
        "naar-het-buitenland",
        "rood-wit-blauw",
        "VNO-NCW",
        "Ontwerp-NPLG",
        "ad-hoc",
        "zee-egel",
        "inter-views",
        "M.A. Heijnekamp-de Wit",
        "Jansen-van der Berg"
      })
  void compoundsAndCoordinationsSurvive(String in) {
    assertThat(run(new HyphenationStep(), in)).isEqualTo(in);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kunnen worden12.|kunnen worden 12.",
        "systeemtechnologie’3|systeemtechnologie’ 3",
        "maatregelen genomen3:|maatregelen genomen 3:",
        "afspreekt?3 Heeft|afspreekt? 3 Heeft",
        "ziekenhuisnota»»?1, 2|ziekenhuisnota»»? 1, 2",
        "Ondernemingsklimaat.22\n|Ondernemingsklimaat. 22\n",
        "tekst\n1NOS, 22 januari|tekst\n1 NOS, 22 januari",
        "tekst\n14Brief VNO-NCW|tekst\n14 Brief VNO-NCW",
        "x\n1https://www.rtl.nl|x\n1 https://www.rtl.nl"
      })
  void gluedFootnoteMarkersAreSeparated(String pair) {
    String[] p = pair.split("\\|");
    assertThat(run(new FootnoteMarkerStep(), p[0])).isEqualTo(p[1]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "de KEV2023 toont",
        "kenmerk 2023Z02233.",
        "COVID-19",
        "de A12.",
        "CO2,",
        "H2 en",
        "de 1e",
        "per m2.",
        "in km2,",
        "versie 2.5",
        "3,5 miljoen",
        "2023\nZaak",
        "\n2023Z02233 is",
        "\n3D-printer",
        "Groeifonds2024.",
        "mp3."
      })
  void realTokensAreNotSplit(String in) {
    assertThat(run(new FootnoteMarkerStep(), in)).isEqualTo(in);
  }

  @Test
  void insertedSpaceMapsToTheDigitAfterIt() {
    NormalisedText out = new FootnoteMarkerStep().apply("worden12.");
    assertThat(out.text()).isEqualTo("worden 12.");
    assertThat(out.toSource(6)).isEqualTo(6);
    assertThat(out.toSource(7)).isEqualTo(6);
    assertThat(out.toSource(10)).isEqualTo(9);
  }

  /**
   * The normaliser skips a step whose quick scan says it has nothing to do: that scan must never
   * miss what the step changes, and a step it rules out must indeed return its input as it was.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain text\nover two lines",
        "a\r\nb",
        "lone\rreturn",
        "zieken\u00ADhuis",
        "a\u00A0b",
        "page\fbreak",
        "Ko\u00A8hler en Gu\u0308nes",
        "e\u0301\u0301\u0301\u0301\u0301\u0301",
        "Günes¸ en ´s avonds",
        "(ingezonden 3 maart2023)",
        "op 9 mrt.2021",
        "op 3maart2023",
        "op 12maart 2021",
        "maart.2023, dec2023Z01 en 2023Z01233",
        "kunnen worden12. En genomen3: zo",
        "1NOS, 22 januari\n14Brief",
        "(ontvangen (ontvangen 28 maart 2023)",
        "VRAAG vraag 4 en Vragen vragen tijd",
        "Kelvin \u212Araag vraag 3",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
        "ah-tk-20232024-1031 ISSN 0921 - 7398 ’s-Gravenhage 2024",
        "tekst\n-----\nh tk 20232024 387\n",
        ""
      })
  void aStepWithNothingToDoSaysSo(String in) {
    for (NormalisationStep step : steps()) {
      NormalisedText out = step.apply(in);
      NormalisedText same = NormalisedText.identity(in);
      boolean unchanged =
          out.text().equals(in)
              && java.util.Arrays.equals(out.sourceOffsets(), same.sourceOffsets())
              && java.util.Arrays.equals(out.sourceEnds(), same.sourceEnds());
      if (!step.mayChange(in)) {
        assertThat(unchanged).as(step.getClass().getSimpleName() + " on " + in).isTrue();
      }
    }
    assertThat(new LineEndingStep().mayChange(in)).isEqualTo(in.indexOf('\r') >= 0);
  }

  private static java.util.List<NormalisationStep> steps() {
    return java.util.List.of(
        new LineEndingStep(),
        new InvisibleCharacterStep(),
        new CombiningMarkStep(),
        new SpacingDiacriticStep(),
        new PageFurnitureStep(),
        new GluedMonthStep(),
        new DoubledLabelStep(),
        new FootnoteMarkerStep());
  }

  /** The same promise on the text of every file of the synthetic gold sets (any text will do). */
  @Test
  void theQuickScansMissNothingInTheGoldSets() throws java.io.IOException {
    int documents = 0;
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources"))) {
      for (java.nio.file.Path f :
          files
              .filter(p -> p.toString().matches(".*/synthetic\\d?/[^/]+\\.(txt|md|html|xml)"))
              .toList()) {
        String raw = java.nio.file.Files.readString(f);
        for (NormalisationStep step : steps()) {
          if (!step.mayChange(raw)) {
            assertThat(step.apply(raw).text())
                .as(step.getClass().getSimpleName() + " on " + f)
                .isEqualTo(raw);
          }
        }
        documents++;
      }
    }
    assertThat(documents).isGreaterThan(40);
  }

  @Test
  void plainTextIsLeftToTheStepsThatCanChangeIt() {
    String plain = "De minister van Financiën antwoordt op 3 maart 2023.\n";
    assertThat(new LineEndingStep().mayChange(plain)).isFalse();
    assertThat(new InvisibleCharacterStep().mayChange(plain)).isFalse();
    assertThat(new CombiningMarkStep().mayChange(plain)).isFalse();
    assertThat(new SpacingDiacriticStep().mayChange(plain)).isFalse();
    assertThat(new InvisibleCharacterStep().mayChange("a\u00A0b")).isTrue();
    String dated =
        "Vraag 1\nOp 3 maart 2023 (zaak 2023Z01233, KEV2023) schreef de minister niets.\n";
    for (NormalisationStep step :
        java.util.List.of(
            new PageFurnitureStep(),
            new GluedMonthStep(),
            new DoubledLabelStep(),
            new FootnoteMarkerStep())) {
      assertThat(step.mayChange(dated)).as(step.getClass().getSimpleName()).isFalse();
    }
    assertThat(new GluedMonthStep().mayChange("3 maart2023")).isTrue();
    assertThat(new DoubledLabelStep().mayChange("Vraag Vraag 3")).isTrue();
    assertThat(new FootnoteMarkerStep().mayChange("worden12.")).isTrue();
    assertThat(new PageFurnitureStep().mayChange("Tweede Kamer, vergaderjaar 2023–2024")).isTrue();
  }
}
