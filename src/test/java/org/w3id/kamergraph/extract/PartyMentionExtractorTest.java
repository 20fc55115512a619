package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.LEXICON;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;

class PartyMentionExtractorTest {
  private final PartyMentionExtractor extractor = new PartyMentionExtractor(LEXICON);

  private List<NamedMention> mentions(String text) {
    return extract(extractor, text).mentions();
  }

  @Test
  void fullNameInParentheses() {
    String text = "het lid Wolters (Partij voor de Dieren) vroeg";
    List<NamedMention> found = mentions(text);
    assertThat(found).isNotEmpty();
    assertThat(found).extracting(NamedMention::kind).containsOnly(EntityKind.PARTY);
    assertThat(found).extracting(NamedMention::key).containsOnly("pvdd");
    assertThat(found).extracting(NamedMention::label).containsOnly("PvdD");
    assertThat(found)
        .extracting(m -> text.substring(m.span().begin(), m.span().end()))
        .containsOnly("Partij voor de Dieren");
  }

  @Test
  void abbreviationGluedToAWord() {
    String text = "de VVD-fractie en een CDA-Raadslid";
    List<NamedMention> found = mentions(text);
    assertThat(found).extracting(NamedMention::key).containsExactly("vvd", "cda");
    assertThat(text.substring(found.get(0).span().begin(), found.get(0).span().end()))
        .isEqualTo("VVD");
  }

  @Test
  void sharedPartyInParentheses() {
    assertThat(mentions("de leden Brouwer en Kaya (beiden D66)"))
        .extracting(NamedMention::key)
        .containsOnly("d66");
  }

  @Test
  void lowerCaseWordsAreNotParties() {
    assertThat(mentions("ik denk dat de accu vol volt is")).isEmpty();
  }

  @Test
  void shortVariantsOnlyInParentheses() {
    assertThat(mentions("het GL-standpunt en de CU-fractie")).isEmpty();
    assertThat(mentions("het lid Vos (GL)"))
        .extracting(NamedMention::key)
        .containsExactly("groenlinks");
  }
}
