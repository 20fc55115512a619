package org.w3id.kamergraph.ingest;

import org.w3id.kamergraph.model.NormalisedText;

/**
 * Removes characters that are invisible but split words for a matcher: soft hyphens (U+00AD),
 * zero-width space/joiners (U+200B–U+200D), word joiner (U+2060) and a stray BOM (U+FEFF). Turns
 * odd spaces (no-break, thin, figure, ideographic, tab, …) into a plain space, line/paragraph
 * separators and form feeds (PDF page breaks) into {@code \n}, and other control characters into a
 * space.
 */
final class InvisibleCharacterStep implements NormalisationStep {
  @Override
  public boolean mayChange(String input) {
    return NormalisationStep.anyChar(
        input, c -> isInvisible((char) c) || replacement((char) c) != c);
  }

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      out.append(replacement(c), i);
    }
    return out.build(input.length());
  }

  static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }

  private static char replacement(char c) {
    if (c == '\n' || c == ' ') {
      return c;
    }
    if (c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B' || c == '\u0085') {
      return '\n';
    }
    if (Character.isSpaceChar(c) || Character.isISOControl(c)) {
      return ' ';
    }
    return c;
  }
}
