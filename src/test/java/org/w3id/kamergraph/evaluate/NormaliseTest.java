package org.w3id.kamergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases taken from what score.py's normalisers do. */
class NormaliseTest {
  @Test
  void normDropsDiacriticsQuotesAndPunctuation() {
    assertThat(Normalise.norm("  Ministerie van Financiën ")).isEqualTo("ministerie van financien");
    assertThat(Normalise.norm("«Uit de gecreëerde stikstofimpasse»"))
        .isEqualTo("uit de gecreeerde stikstofimpasse");
    assertThat(Normalise.norm("Autoriteit Consument & Markt"))
        .isEqualTo("autoriteit consument markt");
    assertThat(Normalise.norm("D’66 (nieuw)")).isEqualTo("d66 nieuw");
    assertThat(Normalise.norm("GL/PvdA-fractie")).isEqualTo("gl/pvda-fractie");
    assertThat(Normalise.norm("ﬁnanciën")).isEqualTo("financien"); // NFKD splits the ligature
  }

  @Test
  void normPartyMapsAliases() {
    assertThat(Normalise.normParty("GroenLinks-PvdA")).isEqualTo("gl-pvda");
    assertThat(Normalise.normParty("GL/PvdA")).isEqualTo("gl-pvda");
    assertThat(Normalise.normParty("Christen Unie")).isEqualTo(Normalise.normParty("ChristenUnie"));
    assertThat(Normalise.normParty("Partij voor de Dieren")).isEqualTo("pvdd");
    assertThat(Normalise.normParty("Democraten 66")).isEqualTo(Normalise.normParty("D66"));
    assertThat(Normalise.normParty("GroenLinks")).isEqualTo("gl");
    // GL-PvdA is not in score.py's table but normalises to the same text
    assertThat(Normalise.normParty("GL-PvdA")).isEqualTo("gl-pvda");
    assertThat(Normalise.normParty("FVD")).isEqualTo(Normalise.normParty("FvD"));
  }

  @Test
  void normMinistryDropsTheDepartmentPrefix() {
    assertThat(Normalise.normMinistry("Ministerie van Sociale Zaken en Werkgelegenheid"))
        .isEqualTo("sociale zaken en werkgelegenheid");
    assertThat(Normalise.normMinistry("het ministerie van Financiën")).isEqualTo("financien");
    assertThat(Normalise.normMinistry("ministers voor Klimaat en Energie"))
        .isEqualTo("klimaat en energie");
    assertThat(Normalise.normMinistry("Financiën")).isEqualTo("financien");
  }

  @Test
  void normKsIgnoresPrefixSpacesAndPunctuation() {
    assertThat(Normalise.normKs("kst-36200-XIV-126")).isEqualTo(Normalise.normKs("36200XIV-126"));
    assertThat(Normalise.normKs("kst-36410-A-59")).isEqualTo(Normalise.normKs("36410A-59"));
    assertThat(Normalise.normKs("21501-20-2019")).isEqualTo("21501202019");
    assertThat(Normalise.normKs("26 643, nr. 1125")).isEqualTo("26643nr1125");
  }

  @Test
  void normNameAndOffice() {
    assertThat(Normalise.normName("Van der Wal-Zeggelink")).isEqualTo("vanderwalzeggelink");
    assertThat(Normalise.normOffice("de Ministers van Financiën"))
        .isEqualTo("minister van financien");
    assertThat(Normalise.normOffice("Staatssecretarissen van Financiën"))
        .isEqualTo("staatssecretaris van financien");
    assertThat(Normalise.normOffice("Minister-President")).isEqualTo("minister-president");
  }

  @Test
  void foldPdfDropsStrayMarks() {
    assertThat(Normalise.foldPdf("Kostic ´")).isEqualTo("Kostic");
    assertThat(Normalise.foldPdf("Yes¸ilgöz")).isEqualTo("Yesilgöz");
  }
}
