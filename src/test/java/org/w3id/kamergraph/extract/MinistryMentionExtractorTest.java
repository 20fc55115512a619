package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.LEXICON;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;

class MinistryMentionExtractorTest {
  private final MinistryMentionExtractor extractor = new MinistryMentionExtractor(LEXICON);

  private List<String> keys(String text) {
    return extract(extractor, text).mentions().stream().map(NamedMention::key).toList();
  }

  @Test
  void ministerieVan() {
    String text = "Volgens het Ministerie van Financiën is dat zo.";
    List<NamedMention> found = extract(extractor, text).mentions();
    assertThat(found)
        .extracting(NamedMention::kind, NamedMention::key, NamedMention::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityKind.MINISTRY, "Financiën", "Financiën"));
    assertThat(text.substring(found.get(0).span().begin(), found.get(0).span().end()))
        .isEqualTo("Financiën");
  }

  @Test
  void abbreviation() {
    assertThat(keys("Dat zegt de Minister van OCW.")).containsExactly("OCW");
    assertThat(keys("de afdeling Binnenlandse Zaken (BZK)")).containsExactly("BZK");
  }

  @Test
  void portfolioAfterAMinistersName() {
    assertThat(keys("Antwoord van Minister Jansen (Economische Zaken en Klimaat)"))
        .containsExactly("Economische Zaken en Klimaat");
  }

  @Test
  void listContinuingAMinisterWord() {
    assertThat(keys("de Ministers van Defensie, van Buitenlandse Zaken en van Financiën"))
        .containsExactly("Defensie", "Buitenlandse Zaken", "Financiën");
  }

  @Test
  void gluedNameIsRestored() {
    assertThat(keys("de minister van Sociale Zaken enWerkgelegenheid"))
        .containsExactly("Sociale Zaken en Werkgelegenheid");
  }

  @Test
  void bareDepartmentNamesAreNotMinistries() {
    assertThat(keys("Dat besprak de Raad Buitenlandse Zaken gisteren.")).isEmpty();
    assertThat(keys("Een brief aan de Vaste commissie voor Economische Zaken.")).isEmpty();
    assertThat(keys("De vaste commissie Economische Zaken en Klimaat vergadert.")).isEmpty();
  }

  @Test
  void ordinaryWordsAreNotMinistries() {
    assertThat(keys("Het welzijn van dieren en het lid Welzijn (NSC) en EZKdocument.")).isEmpty();
  }

  @Test
  void twoLetterAbbreviationsOnlyWhereTheyNameAMinistry() {
    assertThat(
            TestDocuments.extract(
                    new MinistryMentionExtractor(TestDocuments.LEXICON),
                    "De supporters van AZ en EZ-subsidies.")
                .mentions())
        .isEmpty();
    assertThat(
            TestDocuments.extract(
                    new MinistryMentionExtractor(TestDocuments.LEXICON),
                    "Het ministerie van EZ en de minister van AZ.")
                .mentions())
        .extracting(m -> m.key())
        .containsExactly("EZ", "AZ");
  }

  @Test
  void theMinisterPresidentsDepartmentInParentheses() {
    assertThat(
            TestDocuments.extract(
                    new MinistryMentionExtractor(TestDocuments.LEXICON),
                    "Antwoord van Minister-President Rademaker (Algemene Zaken) (ontvangen 3 mei 2020)")
                .mentions())
        .extracting(m -> m.key())
        .containsExactly("Algemene Zaken");
  }
}
