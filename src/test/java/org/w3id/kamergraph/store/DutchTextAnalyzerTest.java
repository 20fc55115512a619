package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What the Dutch analysis really does to words from the example documents. */
class DutchTextAnalyzerTest {
  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (DutchTextAnalyzer a = new DutchTextAnalyzer();
        TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void inflectionsOfOneWordShareATerm() throws IOException {
    assertThat(terms("vraag")).isEqualTo(terms("vragen"));
    assertThat(terms("beantwoorden")).isEqualTo(terms("beantwoord"));
    assertThat(terms("fietsers")).isEqualTo(terms("fietser"));
  }

  @Test
  void theStemmerDoesNotJoinEveryPlural() throws IOException {
    // Snowball strips the -s of "huishoudens" but the -en of "huishouden": a search for one does
    // not find the other (a wildcard, huishoud*, finds both)
    assertThat(terms("huishoudens")).containsExactly("huishouden");
    assertThat(terms("huishouden")).containsExactly("huishoud");
  }

  @Test
  void accentsAndCaseAreFolded() throws IOException {
    assertThat(terms("Geïnformeerd")).isEqualTo(terms("geinformeerd"));
    assertThat(terms("Financiën")).isEqualTo(terms("financien"));
  }

  @Test
  void differentWordsStayApart() throws IOException {
    assertThat(terms("vraag")).isNotEqualTo(terms("antwoord"));
    assertThat(terms("de Minister van Financiën")).hasSize(4);
  }
}
