package org.w3id.kamergraph.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How the full-text index reads Dutch: Unicode word boundaries, lower case, accents folded ({@code
 * geïnformeerd} and {@code geinformeerd} are one word, as are {@code financiën} and {@code
 * financien}), then the Dutch Snowball stemmer ({@code vragen} and {@code vraag} are one word),
 * which remembers the stems it made ({@link RememberingStemFilter}).
 *
 * <p>No stop words: Lucene's scoring already weighs {@code de} and {@code het} next to nothing, and
 * a phrase query ({@code "de minister van financiën"}) then matches exactly what it says. Folding
 * comes before stemming so a word is stemmed the same with or without its accents. The same chain
 * reads the index and the query, so what a query finds does not depend on how the text was typed.
 */
public final class DutchTextAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream s = new LowerCaseFilter(source);
    s = new ASCIIFoldingFilter(s);
    s = new RememberingStemFilter(s, new DutchStemmer());
    return new TokenStreamComponents(source, s);
  }

  /** Wildcard and fuzzy terms are not stemmed, but are lower-cased and folded as the index is. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
