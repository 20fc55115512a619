package org.w3id.kamergraph.ingest;

import java.util.Locale;
import java.util.Set;
import org.w3id.kamergraph.model.NormalisedText;

/**
 * Joins words that typesetting split with a hyphen, keeping real compounds.
 *
 * <p>Without a dictionary a hyphenation break and a compound hyphen look alike, so the rule uses
 * what Dutch spelling says about compounds: between two lower-case letters a hyphen is written (a)
 * to separate clashing vowels ({@code energie-infrastructuur}, {@code zee-egel}), (b) after a few
 * prefixes ({@code niet-westerse}, {@code oud-minister}, {@code e-mail}), or (c) in coordinations
 * ({@code publiek-private}, {@code af- of uitgesteld}); capitals or digits on either side ({@code
 * AI-toepassingen}, {@code Noord-Brabant}, {@code COVID-19}) are never touched. Hyphenation, in
 * contrast, splits at a syllable boundary, typically after an open syllable ({@code
 * onderne-mingsklimaat}, {@code alterna-tieve}) or before a short last syllable ({@code
 * productieloca-ties}, {@code informe-ren}).
 *
 * <ul>
 *   <li>At a line break ({@code huisvestingsmogelijkhe-\nden}) the break itself is the evidence:
 *       join when a lower-case letter follows, unless (a), (b), a coordination word ({@code om-\nen
 *       verbouw}) or a URL.
 *   <li>Inside a line ({@code jongstle-den}), where PDF text lost the line break: join only if none
 *       of (a), (b), URL apply, the word is not a hyphen chain ({@code naar-het-buitenland}), the
 *       left part has at least 3 letters, and either the right part is a short word-final tail (at
 *       most 4 letters) or the left part ends in a vowel (open syllable). So {@code
 *       publiek-private}, {@code Lachin-corridor}, {@code sociaal-economisch} stay; the price is
 *       that some hyphenations stay split too ({@code inter-views}).
 * </ul>
 *
 * A needless hyphen in a lower-case compound ({@code risico-gebaseerde}) is joined too; that gives
 * the standard spelling ({@code risicogebaseerde}), which is what matchers expect. The hyphen (and
 * the line break with its spaces) is dropped from the text.
 */
final class HyphenationStep implements NormalisationStep {
  private static final Set<String> PREFIXES =
      Set.of(
          "e", "ex", "oud", "niet", "non", "anti", "pro", "semi", "co", "vice", "pre", "post",
          "extra", "ultra", "mini", "multi", "pseudo", "quasi");
  private static final Set<String> COORDINATORS = Set.of("en", "of", "tot", "noch");
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "van", "der", "den", "ter", "ten", "te", "het");
  private static final String VOWELS = "aeiouyáéíóúàèëïöüâêîôû";
  private static final int MAX_TOKEN_SCAN = 300;

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    int i = 0;
    while (i < input.length()) {
      int resume = input.charAt(i) == '-' ? joinEnd(input, i) : -1;
      if (resume > 0) {
        i = resume; // drop the hyphen and any line break with its spaces
      } else {
        out.append(input.charAt(i), i);
        i++;
      }
    }
    return out.build(input.length());
  }

  /** Where the right part starts if the hyphen at {@code h} is to be dropped, else -1. */
  private static int joinEnd(String s, int h) {
    if (h == 0 || !Character.isLowerCase(s.charAt(h - 1))) {
      return -1;
    }
    int j = h + 1;
    boolean lineBreak = false;
    while (j < s.length() && j - h < 40 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    if (j < s.length() && s.charAt(j) == '\n') {
      lineBreak = true;
      j++;
      while (j < s.length() && j - h < 80 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j++;
      }
    } else {
      j = h + 1; // spaces without a line break: "vestigings- en", not a split word
    }
    if (j >= s.length() || !Character.isLowerCase(s.charAt(j))) {
      return -1;
    }
    int leftStart = h;
    while (leftStart > 0 && h - leftStart < 60 && Character.isLetter(s.charAt(leftStart - 1))) {
      leftStart--;
    }
    int rightEnd = j;
    while (rightEnd < s.length() && rightEnd - j < 60 && Character.isLetter(s.charAt(rightEnd))) {
      rightEnd++;
    }
    String left = s.substring(leftStart, h).toLowerCase(Locale.ROOT);
    String right = s.substring(j, rightEnd);
    boolean keep =
        isVowel(left.charAt(left.length() - 1)) && isVowel(right.charAt(0))
            || PREFIXES.contains(left)
            || COORDINATORS.contains(right) && (rightEnd == s.length() || !isWordChar(s, rightEnd))
            // a double surname: "Heijnekamp-de Wit", "Jansen-van der Berg"
            || Character.isUpperCase(s.charAt(leftStart)) && NAME_PARTICLES.contains(right)
            || inUrl(s, leftStart, rightEnd);
    if (keep) {
      return -1;
    }
    if (lineBreak) {
      return j;
    }
    boolean chain =
        leftStart > 0 && s.charAt(leftStart - 1) == '-'
            || rightEnd < s.length() && s.charAt(rightEnd) == '-';
    boolean wordFinalTail = right.length() <= 4 && !isWordChar(s, rightEnd);
    boolean openSyllable = isVowel(left.charAt(left.length() - 1));
    return !chain && left.length() >= 3 && (wordFinalTail || openSyllable) ? j : -1;
  }

  private static boolean isWordChar(String s, int i) {
    return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  // URLs and e-mail addresses split by a line break keep their hyphens
  private static boolean inUrl(String s, int from, int to) {
    int start = from;
    while (start > 0
        && from - start < MAX_TOKEN_SCAN
        && !Character.isWhitespace(s.charAt(start - 1))) {
      start--;
    }
    int end = to;
    while (end < s.length()
        && end - to < MAX_TOKEN_SCAN
        && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    String token = s.substring(start, end);
    return token.indexOf('/') >= 0 || token.indexOf('@') >= 0 || token.contains("www.");
  }
}
