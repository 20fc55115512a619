package org.w3id.kamergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.EntityKind;

class NameVariantsTest {
  private static NameVariants.Name report(String iri, String label, int mentions) {
    return new NameVariants.Name(iri, EntityKind.REPORT, label, false, mentions);
  }

  @Test
  void aMainTitleIsTheFullTitleItStarts() {
    var names =
        List.of(
            report("r/short", "Opgave AI", 1),
            report("r/full", "Opgave AI. De nieuwe systeemtechnologie", 2));
    assertThat(NameVariants.canonical(names))
        .containsExactly(java.util.Map.entry("r/short", "r/full"));
  }

  @Test
  void everySubtitleSeparatorCounts() {
    for (String sep : List.of(": ", " – ", " - ", "; ")) {
      var names =
          List.of(
              report("a", "Staat van het onderwijs", 1),
              report("b", "Staat van het onderwijs" + sep + "de lerarentekorten", 1));
      assertThat(NameVariants.canonical(names)).as(sep).containsEntry("a", "b");
    }
  }

  @Test
  void aMainTitleOfTwoFullTitlesStaysItself() {
    assertNothingFolded(
        "Monitor Brede Welvaart",
        "Monitor Brede Welvaart: de regio",
        "Monitor Brede Welvaart: het land");
  }

  @Test
  void aLongerNameThatIsNotASubtitleIsAnotherThing() {
    assertNothingFolded(
        "Monitor Jeugdcriminaliteit",
        "Monitor Jeugdcriminaliteit 2023",
        "Monitor Jeugdcriminaliteitsaanpak");
  }

  /** Reports of these titles, each named once, stay apart. */
  private static void assertNothingFolded(String... titles) {
    List<NameVariants.Name> names = new java.util.ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      names.add(report("r" + i, titles[i], 1));
    }
    assertThat(NameVariants.canonical(names)).as("%s", List.of(titles)).isEmpty();
  }

  @Test
  void aWordInTheSingularAndThePluralIsOneNameTheMoreFrequentStays() {
    var names =
        List.of(
            new NameVariants.Name(
                "o/sg",
                EntityKind.ORGANISATION,
                "Staatscommissie Demografische Ontwikkeling 2050",
                false,
                1),
            new NameVariants.Name(
                "o/pl",
                EntityKind.ORGANISATION,
                "Staatscommissie Demografische Ontwikkelingen 2050",
                false,
                2));
    assertThat(NameVariants.canonical(names)).containsExactly(java.util.Map.entry("o/sg", "o/pl"));
  }

  @Test
  void numberVariantsDifferInOneWordByAPluralEndingOnly() {
    assertThat(
            NameVariants.numberVariants("Fonds Bijzondere Projecten", "Fonds Bijzondere Project"))
        .isTrue();
    // a plural that changes the stem is not recognised: the two stay apart
    assertThat(NameVariants.numberVariants("Raad voor Cultuur", "Raad voor Culturen")).isFalse();
    // two words differ
    assertThat(NameVariants.numberVariants("Raad voor Cultuur", "Raden voor Culturen")).isFalse();
    // another word, not a plural
    assertThat(NameVariants.numberVariants("Fonds Podiumkunsten", "Fonds Podiumkunstenaars"))
        .isFalse();
    // short words are too easily another word
    assertThat(NameVariants.numberVariants("Huis van Oranje", "Huis van Oranjes")).isTrue();
    assertThat(NameVariants.numberVariants("Fonds Zee", "Fonds Zeen")).isFalse();
    // one word is not a name of its own to compare
    assertThat(NameVariants.numberVariants("Monitor", "Monitors")).isFalse();
  }

  @Test
  void namesAGazetteerKnowsAndOtherKindsAreNeverFolded() {
    var known =
        List.of(
            new NameVariants.Name("a", EntityKind.REPORT, "Opgave AI", true, 1),
            report("b", "Opgave AI: de nieuwe systeemtechnologie", 1));
    assertThat(NameVariants.canonical(known)).isEmpty();
    var kinds =
        List.of(
            new NameVariants.Name("a", EntityKind.PROGRAMME, "Opgave AI", false, 1),
            report("b", "Opgave AI: de nieuwe systeemtechnologie", 1));
    assertThat(NameVariants.canonical(kinds)).isEmpty();
    var parties =
        List.of(
            new NameVariants.Name("a", EntityKind.PARTY, "Partij voor de Dier", false, 1),
            new NameVariants.Name("b", EntityKind.PARTY, "Partij voor de Dieren", false, 1));
    assertThat(NameVariants.canonical(parties)).isEmpty();
  }
}
