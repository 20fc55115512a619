package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document numbers after a plural marker: {@code nrs. 945 en 946}, {@code nrs. 3, 5 en 8},
 * {@code nrs. 12–15}, {@code nrs. 12 t/m 15}, {@code nrs. 7, 9 tot en met 11 en 14}.
 *
 * <p>A range cites every number it spans, its two ends with their own spans and the numbers between
 * with the span of the whole range, as nothing else in the text names them. A range that runs
 * backwards or spans more than {@value #MAX_SPAN} documents cites only its two ends: such a range
 * is more likely a slip than a citation of that many papers. Stateless.
 */
final class NumberList {
  /** The widest range whose numbers in between are cited. */
  static final int MAX_SPAN = 25;

  /** The words that join the two ends of a range. */
  static final List<String> THROUGH_WORDS =
      List.of("tot en met", "t/m", "-", "\u2010", "\u2011", "\u2013");

  // an item that is followed by a three-digit group is the start of a dossier ("en 26 643"), not
  // a number of this list
  private static final String ITEM = "\\d{1,4}+(?!\\d)(?!\\h\\d{3}(?!\\d))";
  private static final String THROUGH = "\\h*+" + CitationNotation.anyOf(THROUGH_WORDS) + "\\h*+";
  private static final String SEPARATOR = "(?:\\s*+,\\s*+(?:en\\s++)?+|\\s++en\\s++)";
  private static final String ENTRY = ITEM + "(?:" + THROUGH + ITEM + ")?+";

  /** A list as a pattern (no groups); possessive, so a long run of separators cannot backtrack. */
  static final String PATTERN = ENTRY + "(?:" + SEPARATOR + ENTRY + "){0,20}+";

  private static final Pattern ONE_ENTRY =
      Pattern.compile("(\\d{1,4})(?:" + THROUGH + "(\\d{1,4}))?");

  private NumberList() {}

  /** One document number read from a list, with where it is written. */
  record Numbered(String nummer, int begin, int end) {}

  /**
   * The numbers of {@code list}, a text matched by {@link #PATTERN} that starts at {@code offset}
   * of the document text; spans are offsets into the document text.
   */
  static List<Numbered> read(String list, int offset) {
    List<Numbered> out = new ArrayList<>();
    Matcher m = ONE_ENTRY.matcher(list);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      out.add(new Numbered(String.valueOf(first), offset + m.start(1), offset + m.end(1)));
      if (m.group(2) == null) {
        continue;
      }
      int last = Integer.parseInt(m.group(2));
      if (first < last && last - first <= MAX_SPAN) {
        for (int n = first + 1; n < last; n++) {
          out.add(new Numbered(String.valueOf(n), offset + m.start(), offset + m.end()));
        }
      }
      if (last != first) {
        out.add(new Numbered(String.valueOf(last), offset + m.start(2), offset + m.end(2)));
      }
    }
    return out;
  }
}
