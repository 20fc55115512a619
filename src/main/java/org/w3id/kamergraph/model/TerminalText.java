package org.w3id.kamergraph.model;

/**
 * Text from input files (names, contents quoted in error messages) made safe for a terminal:
 * control characters other than line feed and tab, C1 controls and the bidirectional overrides that
 * can make a line read differently from what it says are written as {@code \\uXXXX}, so an input
 * cannot move the cursor, clear the screen, set the window title or hide part of a message.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code s} with every unsafe character written as {@code \\uXXXX}. */
  public static String safe(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
