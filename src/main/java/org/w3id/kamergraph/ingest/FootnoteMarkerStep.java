package org.w3id.kamergraph.ingest;

import org.w3id.kamergraph.model.NormalisedText;

/**
 * Inserts a space before a footnote marker glued to the text, so extractors see word boundaries:
 * {@code kunnen worden12.} → {@code kunnen worden 12.}, {@code systeemtechnologie’3} → {@code
 * systeemtechnologie’ 3}, {@code genomen3:}, {@code afspreekt?3 Heeft}; and after a footnote number
 * that starts a line glued to the note's text: {@code 1NOS, 22 januari} → {@code 1 NOS, …}, {@code
 * 14Brief} → {@code 14 Brief}, {@code 1https://…}.
 *
 * <p>A marker is 1–3 digits, followed by the end, whitespace or punctuation (not by a letter,
 * digit, hyphen or slash). It follows either a lower-case word of at least 4 letters with no
 * capital in it, or up to three closing punctuation marks ({@code ’ ” " » ) ? ! .}) right after a
 * letter. So real tokens stay whole: {@code KEV2023} (capitals, 4 digits), {@code 2023Z02233},
 * {@code COVID-19}, {@code A12}, {@code CO2}, {@code H2}, {@code 1e}, {@code m2}/{@code km2} (short
 * words), {@code 2.5}. The inserted space maps to the source offset of the digit after it.
 */
final class FootnoteMarkerStep implements NormalisationStep {
  private static final String CLOSERS = "’”\"»)?!.";
  private static final String AFTER = ".,:;)?!»”’";

  @Override
  public boolean mayChange(String input) {
    for (int i = 0; i < input.length(); i++) {
      if (gluedMarkerStart(input, i) || gluedNoteText(input, i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      if (gluedMarkerStart(input, i) || gluedNoteText(input, i)) {
        out.append(' ', i);
      }
      out.append(input.charAt(i), i);
    }
    return out.build(input.length());
  }

  /** True if a glued marker (digits) starts at {@code i}. */
  static boolean gluedMarkerStart(String s, int i) {
    if (i == 0 || !isDigit(s.charAt(i)) || isDigit(s.charAt(i - 1))) {
      return false;
    }
    int end = i;
    while (end < s.length() && isDigit(s.charAt(end)) && end - i <= 3) {
      end++;
    }
    if (end - i > 3 || !endsMarker(s, end)) {
      return false;
    }
    char before = s.charAt(i - 1);
    if (Character.isLowerCase(before)) {
      int start = i;
      while (start > 0 && i - start < 5 && Character.isLetter(s.charAt(start - 1))) {
        if (Character.isUpperCase(s.charAt(start - 1))) {
          return false; // KEV2023, CO2, H2, A12: a code, not a word plus marker
        }
        start--;
      }
      return i - start >= 4;
    }
    // closing punctuation right after a word: "genoemd»?1", "uitgevoerd.’3" (at most 3 closers)
    int k = i - 1;
    while (k > 0 && i - k <= 3 && CLOSERS.indexOf(s.charAt(k)) >= 0) {
      k--;
    }
    return k < i - 1 && Character.isLetter(s.charAt(k));
  }

  private static boolean endsMarker(String s, int end) {
    if (end == s.length() || Character.isWhitespace(s.charAt(end))) {
      return true;
    }
    char c = s.charAt(end);
    // "12.5" and "3,5" are numbers, not a marker followed by punctuation
    boolean decimal = (c == '.' || c == ',') && end + 1 < s.length() && isDigit(s.charAt(end + 1));
    return AFTER.indexOf(c) >= 0 && !decimal;
  }

  /**
   * True if {@code i} is the first letter glued after a 1–3 digit footnote number at line start.
   */
  static boolean gluedNoteText(String s, int i) {
    if (i == 0 || !isDigit(s.charAt(i - 1)) || i + 1 >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    boolean noteText =
        Character.isUpperCase(c) && Character.isLetter(s.charAt(i + 1))
            || s.startsWith("http", i)
            || s.startsWith("www.", i);
    if (!noteText) {
      return false;
    }
    int start = i - 1;
    while (start > 0 && isDigit(s.charAt(start - 1)) && i - start <= 3) {
      start--;
    }
    int digits = i - start;
    int lineStart = start;
    while (lineStart > 0 && s.charAt(lineStart - 1) == ' ') {
      lineStart--;
    }
    return digits <= 3 && (lineStart == 0 || s.charAt(lineStart - 1) == '\n');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
