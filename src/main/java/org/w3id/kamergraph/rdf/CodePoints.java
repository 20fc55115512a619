package org.w3id.kamergraph.rdf;

/**
 * Converts UTF-16 offsets (Java's) to the Unicode code point offsets the graph contract promises.
 * Texts without surrogate pairs — nearly all — convert for free.
 */
final class CodePoints {
  private final int[] prefix;

  CodePoints(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      prefix = null;
      return;
    }
    prefix = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      prefix[i] = cp;
      if (!Character.isLowSurrogate(text.charAt(i))) {
        cp++;
      }
    }
    prefix[text.length()] = cp;
  }

  int of(int utf16Offset) {
    return prefix == null ? utf16Offset : prefix[utf16Offset];
  }
}
