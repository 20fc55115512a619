package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kamergraph.model.KamerstukCitation;

class KamerstukExtractorTest {
  private final KamerstukExtractor extractor = new KamerstukExtractor();

  private List<String> ids(String text) {
    return extract(extractor, text).citations().stream()
        .map(KamerstukCitation::officialId)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Zie Kamerstuk 26 643, nr. 1125.                                   | kst-26643-1125",
        "Zie Kamerstukken II 2023/24, 21 501-33, nr. 1041.                 | kst-21501-33-1041",
        "Zie Kamerstukken 2019-2020, 26 643 en 32 761, nr. 640.            | kst-26643-640",
        "Zie Kamerstukken II 2020/21, 29 629, 32 761, nr. 1156.            | kst-29629-1156",
        "de begroting (36 200 XIV, nr. 126) van LNV                        | kst-36200-XIV-126",
        "Zie Kamerstuk 36 410 A, nr. 59.                                   | kst-36410-A-59",
        "Zie Kamerstuk 33 009 nr. 131.                                     | kst-33009-131",
        "Zie Kamerstuk, 28 828, nr. 70.                                    | kst-28828-70",
        "Zie de brief 26643-941 van de minister.                           | kst-26643-941",
        "Zie kst-36410-A-59 op de site.                                    | kst-36410-A-59",
        "Zie Kamerstuk 21 501-20, nr. 2019.                                | kst-21501-20-2019",
      })
  void citationForms(String text, String officialId) {
    assertThat(ids(text.strip())).containsExactly(officialId);
  }

  @Test
  void parts() {
    String text = "Zie Kamerstukken II 2023/24, 21 501-33, nr. 1041.";
    List<KamerstukCitation> found = extract(extractor, text).citations();
    assertThat(found).hasSize(1);
    KamerstukCitation c = found.get(0);
    assertThat(c.dossier()).isEqualTo("21501");
    assertThat(c.sub()).isEqualTo("33");
    assertThat(c.nummer()).isEqualTo("1041");
    assertThat(c.key()).isEqualTo("21501-33-1041");
    assertThat(text.substring(c.span().begin(), c.span().end())).isEqualTo("21 501-33, nr. 1041");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Aanhangsel Handelingen II 2023/24, 1031\nah-tk-20232024-1031\nISSN 0921-7398",
        "Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 2646",
        "Aanhangsel Handelingen, vergaderjaar 2021-2022, nr. 2646",
        "Stcrt. 2023, 12345",
        "Staatscourant 2023, nr. 12345",
        "ECLI:NL:RVS:2019:1603",
        "vragen 2024Z10305 van het lid",
        "https://www.tweedekamer.nl/kamerstukken/26643-941",
        "https://zoek.example.nl/zoeken?id=26643-941",
        "Handelingen II 2023/24, nr. 50, item 2",
        "op 12-10-2023 en 2023-10-12",
        "Kamerstuk 12 345, nr. 6",
        "telefoon 070-3456789",
      })
  void trapsGiveNothing(String text) {
    assertThat(ids(text)).isEmpty();
  }

  @Test
  void aPluralNumberListCitesEachDocument() {
    String text = "Zie Kamerstuk 31 288, nrs. 945 en 946.";
    assertThat(TestDocuments.extract(new KamerstukExtractor(), text).citations())
        .extracting(c -> c.officialId())
        .containsExactly("kst-31288-945", "kst-31288-946");
  }

  @Test
  void aSingularNumberIsNeverFollowedByAList() {
    // a one-line PDF text: footnote 3 ends, footnote 4 begins
    String text = "3 Kamerstuk, 28 828, nr. 70, 4 Financieel Dagblad, 2 mei 2014";
    assertThat(TestDocuments.extract(new KamerstukExtractor(), text).citations())
        .extracting(c -> c.officialId())
        .containsExactly("kst-28828-70");
  }

  @Test
  void aJointDossierWithASuffixCitesTheFirstDossier() {
    assertThat(
            TestDocuments.extract(
                    new KamerstukExtractor(),
                    "(Kamerstukken II 2009/10, 29 984 en 32 123 XII,\nnr. 215)")
                .citations())
        .extracting(c -> c.officialId())
        .containsExactly("kst-29984-215");
  }

  @Test
  void eersteKamerPapersAreNumberedWithLetters() {
    assertThat(
            TestDocuments.extract(new KamerstukExtractor(), "(Kamerstukken I 2019/20, 25 295, AK)")
                .citations())
        .extracting(c -> c.officialId())
        .containsExactly("kst-25295-AK");
    assertThat(
            TestDocuments.extract(
                    new KamerstukExtractor(), "het advies (Raad van State, AK) en 25 295, AK")
                .citations())
        .isEmpty();
  }
}
