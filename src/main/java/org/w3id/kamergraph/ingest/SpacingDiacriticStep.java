package org.w3id.kamergraph.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Joins a diacritic that a PDF drew as a glyph of its own with the letter it belongs to: {@code
 * Ko¨hnen} → {@code Köhnen}, {@code Günes¸} → {@code Güneş}, {@code Jovanovic´} → {@code
 * Jovanović}, {@code C¸elikbas} → {@code Çelikbas}. The marks are the spacing forms of the acute
 * {@code ´}, grave {@code `}, diaeresis {@code ¨}, circumflex {@code ˆ}, tilde {@code ˜}, cedilla
 * {@code ¸}, caron {@code ˇ}, ring {@code ˚}, breve {@code ˘}, ogonek {@code ˛}, dot above {@code
 * ˙} and double acute {@code ˝}.
 *
 * <p>Which letter: text extractors mostly give the mark after its letter (the order in which most
 * producers draw them), TeX-made PDFs before it ({@code K¨ohnen}, {@code ¨Ozdemir}). A mark glued
 * to a letter before it joins that letter if it can; otherwise one glued to a letter after it joins
 * that one. Only a letter listed in {@code kamergraph/words/accented-letters.txt} is ever made, and
 * only where {@link Normalizer} composes letter and mark into one character; a mark with a space or
 * punctuation on both sides is free-standing and stays.
 *
 * <p>Dutch typing uses the acute and the grave as apostrophe and quote marks, so those two are left
 * where they read as such: before a one-letter ending ({@code zo´n}, {@code auto´s}, {@code
 * ´s-Gravenhage}, {@code ´t}, {@code d´r}); before a capital after a lower-case letter or a
 * one-letter word ({@code d´Ancona}, {@code l´Oréal}, {@code O´Neill}); at the start of a word,
 * where they open a quote ({@code ´sociaal plan´}, the Markdown {@code `36 600 VI`}) and are never
 * joined forward; and at the end of a word within {@value #QUOTE_REACH} characters after such an
 * opening quote, which they close. The ASCII {@code ^} and {@code ~} are never taken for accents:
 * the accent glyphs of a PDF's standard encodings come out as {@code ˆ} and {@code ˜}, while the
 * ASCII forms are characters of their own, in formulas ({@code x^2}) and in the addresses of Dutch
 * news sites ({@code …/robots~b66035a2/}, where a {@code ~} after an a would make an ã).
 *
 * <p>The joined letter maps to the first of its two source characters and ends after the second, so
 * a span ending in {@code Syrië} takes the mark along. Stateless, thread-safe, linear.
 */
final class SpacingDiacriticStep implements NormalisationStep {
  /**
   * The spacing marks: acute, grave, diaeresis, circumflex, tilde, cedilla, caron, ring, breve,
   * ogonek, dot above, double acute.
   */
  private static final String SPACING =
      "\u00B4`\u00A8\u02C6\u02DC\u00B8\u02C7\u02DA\u02D8\u02DB\u02D9\u02DD";

  /** The combining mark each of {@link #SPACING} stands for, in the same order. */
  private static final String COMBINING =
      "\u0301\u0300\u0308\u0302\u0303\u0327\u030C\u030A\u0306\u0328\u0307\u030B";

  /** The marks Dutch typing also uses as apostrophe and quote marks. */
  private static final String QUOTE_LIKE = "\u00B4`";

  /** The one-letter endings after an apostrophe: zo'n, auto's, 's-Gravenhage, 't, d'r, 'k. */
  private static final String APOSTROPHE_ENDINGS = "sntrk";

  /** How far after an opening quote a closing one is looked for. */
  static final int QUOTE_REACH = 200;

  private final Set<Character> letters;

  /** A step that makes the letters of the shipped list. */
  SpacingDiacriticStep() {
    Set<Character> out = new HashSet<>();
    for (String letter :
        WordLists.list(
            "accented-letters",
            SpacingDiacriticStep::isAccentedLetter,
            "one lower-case letter with one diacritic")) {
      out.add(letter.charAt(0));
    }
    this.letters = Set.copyOf(out);
  }

  private static boolean isAccentedLetter(String s) {
    return s.length() == 1
        && Character.isLowerCase(s.charAt(0))
        && Normalizer.normalize(s, Normalizer.Form.NFD).length() == 2;
  }

  /** The combining mark spacing mark {@code c} stands for, or 0 if it is not one. */
  static char combiningFormOf(char c) {
    int at = SPACING.indexOf(c);
    return at < 0 ? 0 : COMBINING.charAt(at);
  }

  @Override
  public boolean mayChange(String input) {
    return NormalisationStep.anyChar(input, c -> isMark((char) c));
  }

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    int n = input.length();
    int openQuote = -1;
    int i = 0;
    while (i < n) {
      char c = input.charAt(i);
      if (i + 1 < n && Character.isLetter(c) && isMark(input.charAt(i + 1))) {
        char joined = joinBackward(input, i + 1, openQuote);
        if (joined != 0) {
          out.append(joined, i, i + 2);
          i += 2;
          continue;
        }
      } else if (isMark(c)) {
        char joined = joinForward(input, i);
        if (joined != 0) {
          out.append(joined, i, i + 2);
          i += 2;
          continue;
        }
        openQuote = quoteState(input, i, openQuote);
      }
      out.append(c, i);
      i++;
    }
    return out.build(n);
  }

  /** The letter before mark {@code m} joined with it, or 0 where it stays apart. */
  private char joinBackward(String s, int m, int openQuote) {
    char mark = s.charAt(m);
    if (QUOTE_LIKE.indexOf(mark) >= 0
        && (apostrophe(s, m) || !letterAt(s, m + 1) && closesQuote(s, m, openQuote))) {
      return 0;
    }
    return join(s.charAt(m - 1), mark);
  }

  /** Mark {@code m} joined with the letter after it, or 0 where it stays apart. */
  private char joinForward(String s, int m) {
    char mark = s.charAt(m);
    if (!letterAt(s, m + 1)) {
      return 0;
    }
    // at the start of a word the acute and grave are quotes or apostrophes ('s-Gravenhage)
    if (QUOTE_LIKE.indexOf(mark) >= 0 && (!letterAt(s, m - 1) || apostrophe(s, m))) {
      return 0;
    }
    return join(s.charAt(m + 1), mark);
  }

  /** Where the last unclosed opening quote stands after the mark at {@code m}: -1 for none. */
  private static int quoteState(String s, int m, int openQuote) {
    if (QUOTE_LIKE.indexOf(s.charAt(m)) < 0) {
      return openQuote;
    }
    // an opening quote may open on anything but a space: ´plan´, `36 600 VI`
    boolean opens = m + 1 < s.length() && !Character.isWhitespace(s.charAt(m + 1));
    if (!letterAt(s, m - 1) && opens && !apostrophe(s, m)) {
      return m;
    }
    return letterAt(s, m - 1) && !letterAt(s, m + 1) && closesQuote(s, m, openQuote)
        ? -1
        : openQuote;
  }

  private static boolean closesQuote(String s, int m, int openQuote) {
    return openQuote >= 0 && s.charAt(openQuote) == s.charAt(m) && m - openQuote <= QUOTE_REACH;
  }

  /**
   * True if the mark at {@code m} reads as an apostrophe: before a one-letter ending (the n of
   * zo´n), or before a capital that follows a lower-case letter or a one-letter word (d´Ancona,
   * l´Oréal, O´Neill).
   */
  private static boolean apostrophe(String s, int m) {
    if (!letterAt(s, m + 1)) {
      return false;
    }
    char next = s.charAt(m + 1);
    if (APOSTROPHE_ENDINGS.indexOf(next) >= 0 && !letterAt(s, m + 2)) {
      return true;
    }
    return Character.isUpperCase(next)
        && letterAt(s, m - 1)
        && (Character.isLowerCase(s.charAt(m - 1)) || !letterAt(s, m - 2));
  }

  private char join(char letter, char mark) {
    String joined =
        Normalizer.normalize(String.valueOf(letter) + combiningFormOf(mark), Normalizer.Form.NFC);
    if (joined.length() != 1 || !letters.contains(Character.toLowerCase(joined.charAt(0)))) {
      return 0;
    }
    return joined.charAt(0);
  }

  private static boolean isMark(char c) {
    return SPACING.indexOf(c) >= 0;
  }

  private static boolean letterAt(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
  }
}
