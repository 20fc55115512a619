package org.w3id.kamergraph.layout;

/**
 * Footnote markers and whitespace at the end of a line ({@code "…werk? 3, 4 "}), removed so that
 * what the line ends with can be seen. A scan from the end, not a regular expression: {@code
 * [\s\d…]+$} searched forward tries every position of a long run of spaces and scans to its end
 * each time, quadratic in the run.
 */
final class TrailingMarkers {
  private TrailingMarkers() {}

  /** {@code line} without its trailing whitespace, digits, brackets, asterisks and commas. */
  static String strip(String line) {
    int end = line.length();
    while (end > 0 && isMarker(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end);
  }

  private static boolean isMarker(char c) {
    return Character.isWhitespace(c)
        || (c >= '0' && c <= '9')
        || c == '['
        || c == ']'
        || c == '('
        || c == ')'
        || c == '*'
        || c == ',';
  }
}
