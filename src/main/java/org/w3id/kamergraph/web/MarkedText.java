package org.w3id.kamergraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a text into plain and marked pieces for display: each mark covers a span given in Unicode
 * code points (as the graph counts them). Marks that overlap an earlier, longer one are dropped
 * rather than nested or split, so every piece of text is shown once and in order; a mark outside
 * the text is dropped too (a damaged offset must not break the page).
 */
final class MarkedText {
  private MarkedText() {}

  /** A span to mark, in code points, end exclusive, with what it refers to. */
  record Mark(int begin, int end, String entity, String kind, String label) {}

  /** A piece of the text: marked (with its mark) or plain ({@code mark} null). */
  record Piece(String text, Mark mark) {}

  /** The text in order, as plain and marked pieces. */
  static List<Piece> pieces(String text, List<Mark> marks) {
    int length = text.codePointCount(0, text.length());
    List<Mark> sorted =
        marks.stream()
            .filter(m -> m.begin() >= 0 && m.begin() < m.end() && m.end() <= length)
            .sorted(
                Comparator.comparingInt(Mark::begin)
                    .thenComparing(Comparator.comparingInt(Mark::end).reversed())
                    .thenComparing(Mark::entity))
            .toList();
    List<Piece> out = new ArrayList<>();
    Cursor c = new Cursor(text);
    for (Mark m : sorted) {
      if (m.begin() < c.codePoint) {
        continue; // inside or across the previous mark
      }
      if (m.begin() > c.codePoint) {
        out.add(new Piece(c.take(m.begin()), null));
      }
      out.add(new Piece(c.take(m.end()), m));
    }
    if (c.codePoint < length) {
      out.add(new Piece(c.take(length), null));
    }
    return out;
  }

  /** Walks the text once, in code points, remembering the matching UTF-16 index. */
  private static final class Cursor {
    private final String text;
    private int codePoint;
    private int index;

    Cursor(String text) {
      this.text = text;
    }

    /** The text from here to code point {@code to}, moving there. */
    String take(int to) {
      int from = index;
      index = text.offsetByCodePoints(index, to - codePoint);
      codePoint = to;
      return text.substring(from, index);
    }
  }
}
