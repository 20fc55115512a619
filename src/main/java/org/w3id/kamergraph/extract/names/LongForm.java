package org.w3id.kamergraph.extract.names;

/**
 * Finds the full name an abbreviation stands for at the end of a stretch of text, after Schwartz
 * and Hearst (2003): the shortest ending of the text whose characters contain the abbreviation's
 * letters in order, the first one opening a word. {@code Rijksdienst voor Ondernemend Nederland}
 * for {@code RVO}. Runs in time linear in the text given.
 */
final class LongForm {
  private LongForm() {}

  /**
   * The offset in {@code text} where the full name for {@code abbreviation} starts, or -1 when the
   * letters do not fit.
   */
  static int start(String text, String abbreviation) {
    int s = abbreviation.length() - 1;
    int l = text.length() - 1;
    while (s >= 0) {
      char c = Character.toLowerCase(abbreviation.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      while (l >= 0
          && (Character.toLowerCase(text.charAt(l)) != c
              || (s == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return -1;
      }
      l--;
      s--;
    }
    return l + 1;
  }
}
