package org.w3id.kamergraph.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A short stretch of a long text around the first place one of the searched words occurs (case and
 * accents ignored), with those words marked. The index stems words, so a hit may contain none of
 * them literally: the snippet is then the text's start.
 */
final class Snippet {
  /** Characters shown each side of the first match. */
  static final int RADIUS = 160;

  private Snippet() {}

  /** Appends the snippet of {@code text} for {@code query} to {@code parent}. */
  static void append(Element parent, String text, String query) {
    List<String> words = words(query);
    String folded = fold(text);
    int first = -1;
    for (String w : words) {
      int i = folded.indexOf(w);
      if (i >= 0 && (first < 0 || i < first)) {
        first = i;
      }
    }
    int from = first < 0 ? 0 : Math.max(0, first - RADIUS);
    // begin at a word, not inside one
    while (from > 0 && from < first && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    int to = Math.min(text.length(), (first < 0 ? 0 : first) + RADIUS * 2);
    if (from > 0) {
      parent.appendText("… ");
    }
    int at = from;
    while (at < to) {
      int next = -1;
      String hit = null;
      for (String w : words) {
        int i = folded.indexOf(w, at);
        if (i >= 0 && i < to && (next < 0 || i < next)) {
          next = i;
          hit = w;
        }
      }
      if (next < 0) {
        parent.appendText(text.substring(at, to));
        break;
      }
      parent.appendText(text.substring(at, next));
      int end = Math.min(next + hit.length(), text.length());
      parent.appendElement("mark").text(text.substring(next, end));
      at = end;
    }
    if (to < text.length()) {
      parent.appendText(" …");
    }
  }

  /** The query's words, folded, without Lucene's operators and quotes. */
  static List<String> words(String query) {
    List<String> out = new ArrayList<>();
    for (String w : fold(query).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !List.of("and", "or", "not").contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Lower case without accents, one character for one: the folded text's indexes are the text's (a
   * character whose folding would change the length is kept as it is).
   */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String d =
          Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT);
      sb.append(d.length() == 1 ? d.charAt(0) : c);
    }
    return sb.toString();
  }
}
