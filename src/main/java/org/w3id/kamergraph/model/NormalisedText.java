package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * The text extractors work on, with a map back to the text as read. Normalisation repairs
 * hyphenation, blanks page footers, separates glued footnote markers and joins a letter with a
 * diacritic a PDF set beside it; {@link #toSource(int)} keeps every extracted fact traceable to the
 * characters it came from.
 *
 * @param text the normalised text
 * @param sourceOffsets for each index {@code i} in {@code text} (and {@code text.length()}), the
 *     UTF-16 offset in the source text it came from; non-decreasing
 * @param sourceEnds for each index {@code i} in {@code text}, the source offset just after the
 *     characters it came from: {@code sourceOffsets[i] + 1}, except where normalisation made one
 *     character of several (a letter and its diacritic), whose source it spans whole
 */
public record NormalisedText(String text, int[] sourceOffsets, int[] sourceEnds) {
  public NormalisedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceOffsets, "sourceOffsets");
    Objects.requireNonNull(sourceEnds, "sourceEnds");
    if (sourceOffsets.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "offset map has " + sourceOffsets.length + " entries for " + text.length() + " chars");
    }
    if (sourceEnds.length != text.length()) {
      throw new IllegalArgumentException(
          "end map has " + sourceEnds.length + " entries for " + text.length() + " chars");
    }
  }

  /** A text whose every character came from one source character (or was inserted). */
  public NormalisedText(String text, int[] sourceOffsets) {
    this(text, sourceOffsets, oneEach(sourceOffsets));
  }

  // one source character each; the last entry (the end of the text) caps an insertion at the end
  private static int[] oneEach(int[] sourceOffsets) {
    int n = Math.max(0, sourceOffsets.length - 1);
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      ends[i] = Math.min(sourceOffsets[i] + 1, sourceOffsets[n]);
    }
    return ends;
  }

  /** The identity normalisation: the text as read. */
  public static NormalisedText identity(String text) {
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new NormalisedText(text, map);
  }

  /** Source offset of normalised offset {@code index} (0..length inclusive). */
  public int toSource(int index) {
    return sourceOffsets[index];
  }

  /** The source offset just after what normalised character {@code index} came from. */
  public int sourceEnd(int index) {
    return sourceEnds[index];
  }

  /**
   * The first normalised offset at or after source offset {@code sourceIndex}: where a stretch the
   * source marks begins in the normalised text. The map rises with the text (normalisation deletes
   * and replaces, it never reorders), so a binary search finds it.
   */
  public int fromSource(int sourceIndex) {
    int lo = 0;
    int hi = sourceOffsets.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sourceOffsets[mid] < sourceIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The source span covering normalised {@code [begin, end)}. */
  public Span toSource(int begin, int end) {
    if (end <= begin) {
      int b = sourceOffsets[begin];
      return new Span(b, b);
    }
    // the end comes from the last included character, so trailing deletions are not swallowed,
    // and a letter joined with its diacritic takes the diacritic along
    return new Span(sourceOffsets[begin], sourceEnds[end - 1]);
  }
}
