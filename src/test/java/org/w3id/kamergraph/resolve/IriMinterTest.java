package org.w3id.kamergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.Span;

class IriMinterTest {
  private static final String ID = "https://w3id.org/kamergraph/id/";
  private final IriMinter iris = new IriMinter(ID);

  @Test
  void slugDropsDiacriticsAndJoinsWordsWithHyphens() {
    assertThat(IriMinter.slug("Financiën")).isEqualTo("financien");
    assertThat(IriMinter.slug("Minister van Sociale Zaken en Werkgelegenheid"))
        .isEqualTo("minister-van-sociale-zaken-en-werkgelegenheid");
    assertThat(IriMinter.slug("Christen-Democratisch Appèl"))
        .isEqualTo("christen-democratisch-appel");
    assertThat(IriMinter.slug("  Van der Wal-Zeggelink ")).isEqualTo("van-der-wal-zeggelink");
    assertThat(IriMinter.slug("'t Hoen & Zn.")).isEqualTo("t-hoen-zn");
    assertThat(IriMinter.slug("Groep Bontes/Van Klaveren")).isEqualTo("groep-bontes-van-klaveren");
  }

  @Test
  void emptySlugIsX() {
    assertThat(IriMinter.slug(" – ")).isEqualTo("x");
  }

  @Test
  void identifiersThatAreSafeAreKept() {
    assertThat(iris.zaak("2024Z10305")).isEqualTo(ID + "zaak/2024Z10305");
    assertThat(iris.kamerstuk("36410-A-59")).isEqualTo(ID + "kamerstuk/36410-A-59");
    assertThat(iris.document("ah-tk-20232024-1031")).isEqualTo(ID + "document/ah-tk-20232024-1031");
    assertThat(iris.document("mijn brief (1)")).isEqualTo(ID + "document/mijn-brief-1");
  }

  @Test
  void typedSegments() {
    assertThat(iris.person("de-groot-marit")).isEqualTo(ID + "persoon/de-groot-marit");
    assertThat(iris.person("van-berkel/tk2021/lid"))
        .isEqualTo(ID + "persoon/van-berkel/tk2021/lid");
    assertThatThrownBy(() -> iris.person("Van Berkel"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> iris.person("../x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(iris.post("Minister-President")).isEqualTo(ID + "post/minister-president");
    assertThat(iris.post("Minister van LNV", ID + "ministerie/mnre1150"))
        .isEqualTo(ID + "post/minister-van-lnv/mnre1150");
    assertThat(iris.post("Minister van LNV", null)).isEqualTo(ID + "post/minister-van-lnv");
    assertThat(iris.question(ID + "document/d", 3)).isEqualTo(ID + "document/d/vraag/3");
    assertThat(iris.answer(ID + "document/d", 3)).isEqualTo(ID + "document/d/antwoord/3");
    assertThat(iris.footnote(ID + "document/d", 2, new Span(40, 50)))
        .isEqualTo(ID + "document/d/noot/2-40");
  }

  @Test
  void deterministic() {
    IriMinter other = new IriMinter(ID);
    assertThat(other.party("gl-pvda")).isEqualTo(iris.party("gl-pvda"));
    assertThat(other.mention(ID + "document/d", new Span(3, 8), ID + "partij/vvd"))
        .isEqualTo(iris.mention(ID + "document/d", new Span(3, 8), ID + "partij/vvd"))
        .isNotEqualTo(iris.mention(ID + "document/d", new Span(3, 8), ID + "partij/cda"))
        .startsWith(ID + "document/d/mention/3-8-");
  }

  @Test
  void baseMustEndWithASlash() {
    assertThatThrownBy(() -> new IriMinter("https://w3id.org/kamergraph/id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end with '/'");
  }
}
