package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Finds signature blocks: a line {@code De minister van …}, {@code De staatssecretaris voor …} or
 * {@code De minister-president …} of its own (a comma may close it), with up to {@link
 * #LINES_BELOW} lines below it for the name and titles. A block that closes the text — its title
 * names a portfolio in capitalised words, a name stands on the next line, and at most {@link
 * #LINES_AFTER_CLOSING} lines follow the title — is the closing signature of an answer letter or a
 * publication, and no part of the last answer.
 */
final class Signatures {
  private static final Pattern TITLE =
      Pattern.compile(
          "(?m)^[ \\t]*(?i:De[ \\t]+(minister-president|minister|staatssecretaris)[ \\t]+(van|voor))"
              + "[ \\t]+([^\\n]{3,120}?)[ \\t]*,?[ \\t]*$");

  /**
   * A name after the title's last comma, opening with initials: never part of a department name.
   */
  private static final Pattern NAME_ON_TITLE_LINE =
      Pattern.compile(",[ \\t]+((?:\\p{Lu}\\.){1,4}[ \\t]*\\S[^,]*)$");

  /** "Den Haag, 28 maart 2023" or "'s-Gravenhage, 3 mei 2011" on the line before the title. */
  private static final Pattern PLACE_AND_DATE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:Den[ \\t]+Haag|'s-Gravenhage)[ \\t]*,?[ \\t]*\\d{1,2}[ \\t]+\\p{L}+[ \\t]+\\d{4}[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*\\z");

  private static final Set<String> SMALL_WORDS = WordLists.set("portfolio-connectors");

  /** How many lines below a title may hold the name (initials, titles, blank lines between). */
  static final int LINES_BELOW = 9;

  /** The most non-blank lines after a closing signature's title: the name and a title or two. */
  static final int LINES_AFTER_CLOSING = 3;

  /** The longest name line under a closing signature's title (a name, not a sentence). */
  private static final int SHORT_LINE = 80;

  private Signatures() {}

  /**
   * Every signature block in the text, in order: a title naming a portfolio in capitalised words
   * with a name on its line or on one of the lines below it.
   */
  static List<Signature> find(String text) {
    List<Signature> out = new ArrayList<>();
    Matcher m = TITLE.matcher(text);
    while (m.find()) {
      int belowEnd = lineEnds(text, m.end(), LINES_BELOW);
      int portfolioEnd = m.end(3);
      int nameStart = m.end();
      // PDF text may put the name on the title's line: "… en Veiligheid, E. Köhnen"
      Matcher sameLine = NAME_ON_TITLE_LINE.matcher(text).region(m.start(3), m.end(3));
      boolean named = sameLine.find();
      if (named) {
        portfolioEnd = sameLine.start();
        nameStart = sameLine.start(1);
      }
      if (!portfolioWords(text.substring(m.start(3), portfolioEnd))
          || !(named || nameBelow(text, m.end(), belowEnd, m.group().strip().endsWith(",")))) {
        continue; // a sentence that starts like a title, or a title nobody signed under
      }
      out.add(
          new Signature(
              new Region(placeAndDate(text, lineStart(text, m.start())), belowEnd),
              new Region(m.start(1), m.end(1)),
              new Region(m.start(2), m.end(2)),
              new Region(m.start(3), portfolioEnd),
              new Region(nameStart, belowEnd)));
    }
    return out;
  }

  /**
   * Where the closing signature's block starts, when the text ends with one after {@code from}: the
   * title line (or the place and date line above it), followed only by a few short lines.
   */
  static Optional<Integer> closing(String text, List<Signature> signatures, int from) {
    for (Signature s : signatures) {
      if (s.block().begin() >= from && closesText(text, s)) {
        return Optional.of(s.block().begin());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the title line of {@code s} names a portfolio (capitalised words, no sentence) and only
   * a name and a title or two follow it to the end of the text. Reads at most a few lines: linear
   * however many titles the text holds.
   */
  private static boolean closesText(String text, Signature s) {
    if (!portfolioWords(s.portfolio().of(text))) {
      return false;
    }
    int nl = text.indexOf('\n', s.portfolio().end());
    int lines = s.below().begin() < (nl < 0 ? text.length() : nl) ? 1 : 0;
    while (nl >= 0 && nl + 1 <= text.length()) {
      int next = text.indexOf('\n', nl + 1);
      String line = text.substring(nl + 1, next < 0 ? text.length() : next).strip();
      if (!line.isEmpty()) {
        lines++;
        // the name first; then a title or a page footer (PDF text keeps the last page's)
        if (lines > LINES_AFTER_CLOSING
            || (lines == 1 && (line.length() > SHORT_LINE || !nameLike(line)))) {
          return false;
        }
      }
      nl = next;
    }
    return lines > 0;
  }

  /**
   * Whether a line in {@code [from, to)} looks like a name: of two words or more, or of one ({@code
   * Hagedoorn}) under a title closed by a comma, as signatures write it.
   */
  private static boolean nameBelow(String text, int from, int to, boolean comma) {
    for (String line : text.substring(from, to).split("\n")) {
      String l = line.strip();
      if (!l.isEmpty()
          && (comma || l.split("\\s+").length >= 2)
          && l.length() <= SHORT_LINE
          && nameLike(l)) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words and the small words between them: a portfolio, not a sentence. */
  private static boolean portfolioWords(String portfolio) {
    for (String word : portfolio.strip().replaceAll(",$", "").split("[ \\t]+")) {
      if (!word.isEmpty()
          && !Character.isUpperCase(word.codePointAt(0))
          && !SMALL_WORDS.contains(word)) {
        return false;
      }
    }
    return !portfolio.strip().endsWith(".");
  }

  /**
   * A name line: capitalised, short, not ending a sentence ({@code E. Köhnen}, {@code J.A. de
   * Vries}).
   */
  private static boolean nameLike(String line) {
    return Character.isUpperCase(line.codePointAt(0))
        && line.split("\\s+").length <= 6
        && ".?!:;".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /** The start of the place and date line just above {@code lineStart}, else {@code lineStart}. */
  private static int placeAndDate(String text, int lineStart) {
    int from = Math.max(0, lineStart - 200);
    Matcher m = PLACE_AND_DATE.matcher(text).region(from, lineStart);
    m.useAnchoringBounds(true);
    int found = lineStart;
    while (m.find()) {
      found = m.start();
    }
    return found;
  }

  private static int lineStart(String text, int at) {
    int nl = text.lastIndexOf('\n', at - 1);
    return nl < 0 ? 0 : nl + 1;
  }

  /** The end of the {@code lines}-th line after {@code from}, or the end of the text. */
  private static int lineEnds(String text, int from, int lines) {
    int at = from;
    for (int i = 0; i < lines; i++) {
      int nl = text.indexOf('\n', at + 1);
      if (nl < 0) {
        return text.length();
      }
      at = nl;
    }
    return at;
  }
}
