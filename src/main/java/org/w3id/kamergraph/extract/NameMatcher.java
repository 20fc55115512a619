package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds many reference names in a text in one Aho-Corasick pass, tolerant of the spaces PDF
 * conversion loses or adds ({@code Sociale Zaken enWerkgelegenheid}, {@code Infrastructuuren
 * Waterstaat}): names and text are compared with whitespace removed, and hits are mapped back to
 * the text. A hit must stand as whole words. Immutable and thread-safe once built.
 */
final class NameMatcher {
  /** A name found at {@code [begin, end)} of the text. */
  record Hit(String name, int begin, int end) {}

  private final Trie trie;
  private final Map<String, String> nameByKey = new HashMap<>();
  private final boolean ignoreCase;

  NameMatcher(Collection<String> names, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    Trie.TrieBuilder b = Trie.builder();
    for (String n : names) {
      String key = squeeze(n);
      if (!key.isEmpty()) {
        nameByKey.putIfAbsent(key, n);
        b.addKeyword(key);
      }
    }
    this.trie = b.build();
  }

  /** Every whole-word hit, longest first where hits overlap at the same start. */
  List<Hit> find(String text) {
    StringBuilder squeezed = new StringBuilder(text.length());
    int[] at = new int[text.length() + 1];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        squeezed.append(ignoreCase ? Character.toLowerCase(c) : c);
        at[n++] = i;
      }
    }
    List<Hit> hits = new ArrayList<>();
    for (Emit e : trie.parseText(squeezed)) {
      int begin = at[e.getStart()];
      int end = at[e.getEnd()] + 1;
      if (wordEdge(text, begin - 1) && wordEdge(text, end)) {
        hits.add(new Hit(nameByKey.get(e.getKeyword()), begin, end));
      }
    }
    hits.sort(
        (x, y) ->
            x.begin() != y.begin()
                ? Integer.compare(x.begin(), y.begin())
                : Integer.compare(y.end(), x.end()));
    List<Hit> out = new ArrayList<>();
    int taken = -1;
    for (Hit h : hits) {
      if (h.begin() >= taken) {
        out.add(h);
        taken = h.end();
      }
    }
    return out;
  }

  private String squeeze(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(ignoreCase ? Character.toLowerCase(c) : c);
      }
    }
    return b.toString();
  }

  private static boolean wordEdge(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
