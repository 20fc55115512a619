package org.w3id.kamergraph.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Separates a Dutch month name from the year a PDF glued to it, and from a day glued before it, so
 * date patterns see three words: {@code 3 maart2023} → {@code 3 maart 2023}, {@code 9 mrt.2021} →
 * {@code 9 mrt. 2021}, {@code 3maart2023} → {@code 3 maart 2023}.
 *
 * <p>The month is a whole word of {@code kamergraph/words/months.txt} or {@code
 * month-abbreviations.txt} (an abbreviation may carry its dot), in any case, with nothing but a
 * non-letter before it. The year is four digits starting with 1 or 2 and followed by neither digit
 * nor letter, so codes stay whole ({@code dec2023Z01} is no date). A day is split off only a full
 * month name followed by a year, and only one or two digits standing alone ({@code 12maart 2021},
 * not {@code A12maart}). Each inserted space maps to the source offset of the character after it.
 * Stateless, thread-safe, linear.
 */
final class GluedMonthStep implements NormalisationStep {
  private final Set<String> months;
  private final Set<String> abbreviations;
  private final int longest;

  /** A step that knows the month names of the shipped lists. */
  GluedMonthStep() {
    this.months = Set.copyOf(WordLists.list("months"));
    Set<String> abbr = new HashSet<>(WordLists.list("month-abbreviations"));
    abbr.removeAll(months);
    this.abbreviations = Set.copyOf(abbr);
    this.longest =
        Stream.concat(months.stream(), abbreviations.stream())
            .mapToInt(String::length)
            .max()
            .orElse(0);
  }

  /**
   * A space goes in only where a month name or abbreviation meets a digit: a day before it, a year
   * after it (or after its dot). So only the words at such places are looked up, instead of every
   * short word of the document (each a copy in lower case).
   */
  @Override
  public boolean mayChange(String input) {
    for (int i = 1; i < input.length(); i++) {
      char a = input.charAt(i - 1);
      char b = input.charAt(i);
      if (isDigit(a) && Character.isLetter(b)) {
        int end = i;
        while (end < input.length() && Character.isLetter(input.charAt(end))) {
          end++;
        }
        if (isMonth(input, i, end)) {
          return true;
        }
      } else if (isDigit(b) && (a == '.' || Character.isLetter(a))) {
        int end = a == '.' ? i - 1 : i;
        int start = end;
        while (start > 0 && Character.isLetter(input.charAt(start - 1))) {
          start--;
        }
        if (start < end && isMonth(input, start, end)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} is a month name or abbreviation, in any case. */
  private boolean isMonth(String s, int from, int to) {
    String word = lookedUp(s, from, to);
    return months.contains(word) || abbreviations.contains(word);
  }

  /**
   * The word {@code [from, to)} in lower case, to look up; empty for a word longer than every month
   * name, which is neither looked up nor copied.
   */
  private String lookedUp(String s, int from, int to) {
    return to - from > longest ? "" : s.substring(from, to).toLowerCase(Locale.ROOT);
  }

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    int n = input.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(input.charAt(i)) || letterAt(input, i - 1)) {
        out.append(input.charAt(i), i);
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(input.charAt(end))) {
        end++;
      }
      String word = lookedUp(input, i, end);
      boolean full = months.contains(word);
      int yearAt = full ? end : abbreviations.contains(word) ? skipDot(input, end) : -1;
      if (yearAt >= 0) {
        boolean gluedYear = yearAt(input, yearAt);
        if (full && gluedDay(input, i) && (gluedYear || spacedYear(input, end))) {
          out.append(' ', i);
        }
        out.copy(input, i, yearAt);
        if (gluedYear) {
          out.append(' ', yearAt);
        }
        i = yearAt;
      } else {
        out.copy(input, i, end);
        i = end;
      }
    }
    return out.build(n);
  }

  private static int skipDot(String s, int at) {
    return at < s.length() && s.charAt(at) == '.' ? at + 1 : at;
  }

  /** True if a year of four digits starts at {@code at} and ends there. */
  private static boolean yearAt(String s, int at) {
    if (at + 4 > s.length() || s.charAt(at) != '1' && s.charAt(at) != '2') {
      return false;
    }
    for (int k = at; k < at + 4; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return at + 4 == s.length() || !isDigit(s.charAt(at + 4)) && !letterAt(s, at + 4);
  }

  private static boolean spacedYear(String s, int at) {
    return at < s.length() && s.charAt(at) == ' ' && yearAt(s, at + 1);
  }

  /** True if one or two digits, standing alone, end right before {@code monthAt}. */
  private static boolean gluedDay(String s, int monthAt) {
    int start = monthAt;
    while (start > 0 && monthAt - start < 3 && isDigit(s.charAt(start - 1))) {
      start--;
    }
    int digits = monthAt - start;
    return digits >= 1
        && digits <= 2
        && (start == 0 || !isDigit(s.charAt(start - 1)) && !letterAt(s, start - 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean letterAt(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
  }
}
