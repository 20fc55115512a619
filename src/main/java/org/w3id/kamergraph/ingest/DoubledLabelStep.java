package org.w3id.kamergraph.ingest;

import java.util.Locale;
import java.util.Set;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Blanks the first of a label a PDF conversion wrote twice: {@code (ontvangen (ontvangen 28 maart
 * 2023)} → {@code (ontvangen 28 maart 2023)}, {@code Vraag Vraag 3}. Without it the answer line is
 * not recognised, and its date and answerer are lost.
 *
 * <p>A label is a whitespace-delimited word of {@code kamergraph/words/doubled-labels.txt}, in any
 * case; it counts as doubled only where the same word follows it after spaces (or one line break)
 * and that second copy is followed by a number, as the label itself is. So {@code Vragen vragen
 * tijd} and a label repeated in prose stay. The second copy is kept, next to what it labels;
 * blanking keeps the length, so the offset map is the identity. Stateless, thread-safe, linear.
 */
final class DoubledLabelStep implements NormalisationStep {
  private final Set<String> labels;
  private final int longest;
  private final boolean asciiLabels;

  /** A step that knows the labels of the shipped list. */
  DoubledLabelStep() {
    this.labels = Set.copyOf(WordLists.list("doubled-labels"));
    this.longest = labels.stream().mapToInt(String::length).max().orElse(0);
    this.asciiLabels = labels.stream().allMatch(l -> l.chars().allMatch(c -> c < 128));
  }

  @Override
  public boolean mayChange(String input) {
    return nextDoubled(input, 0) >= 0;
  }

  @Override
  public NormalisedText apply(String input) {
    char[] chars = input.toCharArray();
    for (int at = nextDoubled(input, 0); at >= 0; ) {
      int end = wordEnd(input, at);
      java.util.Arrays.fill(chars, at, end, ' ');
      at = nextDoubled(input, end);
    }
    return NormalisedText.identity(new String(chars));
  }

  /** Where the next label written twice starts, at or after {@code from}; -1 if none does. */
  private int nextDoubled(String input, int from) {
    int n = input.length();
    int i = from;
    while (i < n) {
      if (Character.isWhitespace(input.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(input, i);
      if (isLabel(input, i, end) && repeatedBeforeNumber(input, i, end)) {
        return i;
      }
      i = end;
    }
    return -1;
  }

  private boolean isLabel(String s, int from, int to) {
    if (to - from > longest) {
      return false;
    }
    if (asciiLabels) {
      // ASCII letters match an ASCII label in lower case exactly when they match it ignoring case,
      // so most words need no lower-case copy; other characters take the general path below
      boolean ascii = true;
      for (int k = from; k < to && ascii; k++) {
        ascii = s.charAt(k) < 128;
      }
      if (ascii) {
        for (String label : labels) {
          if (label.length() == to - from && s.regionMatches(true, from, label, 0, to - from)) {
            return true;
          }
        }
        return false;
      }
    }
    return labels.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
  }

  /** True if the word {@code [from, to)} comes again right after, and then a number. */
  private static boolean repeatedBeforeNumber(String s, int from, int to) {
    int next = skipSpace(s, to);
    int nextEnd = wordEnd(s, next);
    if (next == to
        || nextEnd - next != to - from
        || !s.regionMatches(true, from, s, next, to - from)) {
      return false;
    }
    int after = skipSpace(s, nextEnd);
    return after > nextEnd && after < s.length() && Character.isDigit(s.charAt(after));
  }

  /** The offset after the spaces (and at most one line break) from {@code at}. */
  private static int skipSpace(String s, int at) {
    int k = at;
    boolean newline = false;
    while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
      if (s.charAt(k) == '\n') {
        if (newline) {
          break;
        }
        newline = true;
      }
      k++;
    }
    return k;
  }

  private static int wordEnd(String s, int at) {
    int k = at;
    while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
