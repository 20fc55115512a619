package org.w3id.kamergraph.evaluate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text normalisers of score.py ({@code norm}, {@code norm_party}, …), one method each. Pure
 * functions of their argument; safe to use from any thread.
 */
public final class Normalise {
  /** Spellings of party names and their normal form, exactly as score.py's PARTY_ALIASES. */
  static final Map<String, String> PARTY_ALIASES =
      Map.ofEntries(
          Map.entry("groenlinks-pvda", "gl-pvda"),
          Map.entry("groenlinks/pvda", "gl-pvda"),
          Map.entry("glpvda", "gl-pvda"),
          Map.entry("groenlinks pvda", "gl-pvda"),
          Map.entry("gl/pvda", "gl-pvda"),
          Map.entry("gl pvda", "gl-pvda"),
          Map.entry("christenunie", "cu"),
          Map.entry("christen unie", "cu"),
          Map.entry("partij voor de dieren", "pvdd"),
          Map.entry("partij voor de vrijheid", "pvv"),
          Map.entry("nieuw sociaal contract", "nsc"),
          Map.entry("boerburgerbeweging", "bbb"),
          Map.entry("democraten 66", "d66"),
          Map.entry("volkspartij voor vrijheid en democratie", "vvd"),
          Map.entry("christen-democratisch appel", "cda"),
          Map.entry("christen democratisch appel", "cda"),
          Map.entry("socialistische partij", "sp"),
          Map.entry("staatkundig gereformeerde partij", "sgp"),
          Map.entry("forum voor democratie", "fvd"),
          Map.entry("partij van de arbeid", "pvda"),
          Map.entry("groenlinks", "gl"),
          Map.entry("50plus", "50plus"),
          Map.entry("ja21", "ja21"),
          Map.entry("denk", "denk"),
          Map.entry("volt", "volt"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern QUOTES = Pattern.compile("[\"'«»“”‘’`]");
  // Python's \w on str is "isalnum() or _", i.e. letters and numbers of any script; Java's
  // UNICODE_CHARACTER_CLASS \w also takes marks and connector punctuation, so spell it out.
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\-/ ]+");
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Pattern MINISTRY_PREFIX =
      Pattern.compile(
          "^(het )?(ministerie|minister|ministers|staatssecretaris|department) (van|voor) ");
  private static final Pattern NON_ALNUM = Pattern.compile("[^0-9a-z]");
  private static final Pattern PDF_MARKS = Pattern.compile("(?U)\\s*[´`¸¨˘ˇ˛]\\s*");

  private Normalise() {}

  /**
   * score.py's {@code norm}: compatibility decomposition without combining marks, lower case, no
   * quotes, punctuation other than {@code -} and {@code /} to spaces, spaces collapsed.
   */
  public static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
    n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    n = n.replace('\u2019', '\'').replace('\u2018', '\'');
    n = QUOTES.matcher(n).replaceAll("");
    n = NON_WORD.matcher(n).replaceAll(" ");
    // after NON_WORD the only whitespace left is ' ', so Python's strip() equals trimming spaces
    return SPACES.matcher(n).replaceAll(" ").strip();
  }

  /**
   * A party name or abbreviation in its normal form ({@code GroenLinks-PvdA} → {@code gl-pvda}).
   */
  public static String normParty(String s) {
    String n = norm(s);
    return PARTY_ALIASES.getOrDefault(n, n);
  }

  /** A ministry name without a leading {@code Ministerie van}, {@code minister voor}, …. */
  public static String normMinistry(String s) {
    String n = MINISTRY_PREFIX.matcher(norm(s)).replaceFirst("");
    return n.replace(" & ", " en ");
  }

  /** A Kamerstuk identifier as bare lower-case letters and digits, without {@code kst-}. */
  public static String normKs(String s) {
    String n = norm(s).replace(" ", "");
    if (n.startsWith("kst-")) {
      n = n.substring(4);
    }
    return NON_ALNUM.matcher(n).replaceAll("");
  }

  /** A person's name without spaces or hyphens ({@code Van der Wal-Zeggelink} → one word). */
  public static String normName(String s) {
    return norm(s).replace("-", " ").replace(" ", "");
  }

  /** An office name ({@code de Ministers van X} → {@code minister van x}). */
  public static String normOffice(String s) {
    String n = norm(s).replace(" & ", " en ");
    n = n.replaceFirst("^(de|het) ", "");
    n = n.replaceFirst("^ministers? ", "minister ");
    return n.replaceFirst("^staatssecretariss?en ", "staatssecretaris ");
  }

  /** Drops the stray diacritics pypdf splits off letters ({@code Kostic ´}, {@code Yes¸ilgöz}). */
  public static String foldPdf(String s) {
    return PDF_MARKS.matcher(s).replaceAll("");
  }

  /** Python's {@code len}: the number of code points, not of UTF-16 units. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
