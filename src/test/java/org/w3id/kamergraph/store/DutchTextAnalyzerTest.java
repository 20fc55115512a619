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
    try (DutchTextAnalyzer a = new DutchTextAnalyzer()) {
      return terms(a, text);
    }
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

  /**
   * The chain with Lucene's own Snowball filter, which {@link RememberingStemFilter} must match
   * term for term.
   */
  private static final class PlainDutchAnalyzer extends org.apache.lucene.analysis.Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      var source = new org.apache.lucene.analysis.standard.StandardTokenizer();
      TokenStream s = new org.apache.lucene.analysis.LowerCaseFilter(source);
      s = new org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter(s);
      s =
          new org.apache.lucene.analysis.snowball.SnowballFilter(
              s, new org.tartarus.snowball.ext.DutchStemmer());
      return new TokenStreamComponents(source, s);
    }
  }

  private static List<String> terms(org.apache.lucene.analysis.Analyzer a, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
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
  void rememberedStemsAreTheStemmersOwnOnEveryExampleDocument() throws IOException {
    // every bundled example and test document, analysed twice in one chain (the second time from
    // what the chain remembers) and compared with Lucene's own Snowball filter
    List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources"))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    long compared = 0;
    try (DutchTextAnalyzer remembering = new DutchTextAnalyzer();
        PlainDutchAnalyzer plain = new PlainDutchAnalyzer()) {
      for (int round = 0; round < 2; round++) {
        for (java.nio.file.Path f : files) {
          String text =
              new String(
                  java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
          List<String> expected = terms(plain, text);
          assertThat(terms(remembering, text)).as(f.toString()).isEqualTo(expected);
          compared += expected.size();
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }
}
