package org.w3id.kamergraph.layout;

/**
 * A stretch {@code [begin, end)} of a document's normalised text.
 *
 * @param begin first character
 * @param end one past the last character; never before {@code begin}
 */
public record Region(int begin, int end) {
  public Region {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("not a region: [" + begin + ", " + end + ")");
    }
  }

  /** The region's text. */
  public String of(String text) {
    return text.substring(begin, end);
  }

  /** The region without the whitespace at either end. */
  public Region trimmed(String text) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Region(b, e);
  }

  public boolean isEmpty() {
    return begin == end;
  }
}
