package org.w3id.kamergraph.ingest;

/**
 * Builds text from markup: inline text with whitespace collapsed (markup whitespace is not
 * significant), explicit line breaks, and at most one blank line in a row. Lines carry no trailing
 * spaces. Not thread-safe: one instance per rendering.
 */
final class LineWriter {
  private final StringBuilder out = new StringBuilder();

  /** Appends text; each run of whitespace becomes one space, none at the start of a line. */
  void inline(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!atLineStart() && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  /** Ends the current line, unless already at the start of one. */
  void newline() {
    trimTrailingSpace();
    if (!atLineStart()) {
      out.append('\n');
    }
  }

  /** Ends the current line and leaves one empty line, unless one is already there. */
  void blankLine() {
    newline();
    int n = out.length();
    if (n > 0 && !(n >= 2 && out.charAt(n - 2) == '\n')) {
      out.append('\n');
    }
  }

  /** How much has been written so far: where what is written next will start. */
  int position() {
    return out.length();
  }

  /** How many characters {@link #text()} drops from the start (leading whitespace). */
  int leadingStripped() {
    int i = 0;
    while (i < out.length() && Character.isWhitespace(out.charAt(i))) {
      i++;
    }
    return i;
  }

  boolean atLineStart() {
    return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
  }

  /** The text, without leading or trailing blank lines, ending in one newline (or empty). */
  String text() {
    String s = out.toString().strip();
    return s.isEmpty() ? "" : s + "\n";
  }

  private void trimTrailingSpace() {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}
