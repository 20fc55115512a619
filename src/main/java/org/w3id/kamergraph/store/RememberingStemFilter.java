package org.w3id.kamergraph.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stems each term with a Snowball stemmer, as Lucene's {@code SnowballFilter} does, remembering the
 * stems of the terms it has seen: the words of parliamentary text repeat, and stemming them again
 * was a third of the full-text indexing of a first build (which runs beside the loader's last phase
 * and set its length). The terms are those of one analysis chain, which Lucene reuses within one
 * thread, so nothing is shared between threads; the memory is emptied when it holds {@link #LIMIT}
 * terms, which bounds it whatever the input. Terms marked as keywords are left as they are.
 */
final class RememberingStemFilter extends TokenFilter {
  /** More distinct terms than a year of documents holds, at about 100 bytes each. */
  static final int LIMIT = 100_000;

  private final SnowballStemmer stemmer;
  private final Map<String, String> stems = new HashMap<>();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  RememberingStemFilter(TokenStream input, SnowballStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String word = term.toString();
    String stem = stems.get(word);
    if (stem == null) {
      stemmer.setCurrent(word);
      stemmer.stem();
      stem = stemmer.getCurrent();
      if (stems.size() >= LIMIT) {
        stems.clear();
      }
      stems.put(word, stem);
    }
    term.setEmpty().append(stem);
    return true;
  }
}
