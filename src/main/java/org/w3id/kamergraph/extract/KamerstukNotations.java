package org.w3id.kamergraph.extract;

import static org.w3id.kamergraph.extract.CitationNotation.anyOf;

import java.util.List;

/**
 * The notations of Kamerstuk citation, as the rules {@link KamerstukGrammar} applies in order, and
 * the terminals and word lists they are built from. See {@link KamerstukGrammar} for what each
 * notation means; the words are data here so that a new spelling is one entry, not a new pattern.
 */
final class KamerstukNotations {
  /** Markers of one document number. */
  static final List<String> SINGULAR = List.of("nr.", "nr", "Nr.", "nummer");

  /** Markers of a list of document numbers. */
  static final List<String> PLURAL = List.of("nrs.", "nrs", "Nrs.", "nummers");

  /** Signs of an amount of money just before a number: {@code € 31 300} is no dossier. */
  static final List<String> AMOUNT_SIGNS = List.of("€", "EUR", "ƒ");

  /**
   * Capitals after a dossier that are not the letters of an Eerste Kamer paper ({@code 22 112, BNC
   * fiche}, {@code 21 501, EU}).
   */
  static final List<String> NOT_PAPER_LETTERS = List.of("EU", "EK", "TK", "NL", "VS", "UK", "BNC");

  /** The first word of the kinds of paper an Eerste Kamer list line names after its letters. */
  static final List<String> PAPER_KINDS =
      List.of(
          "Motie",
          "Gewijzigde",
          "Brief",
          "Memorie",
          "Nadere",
          "Nader",
          "Nota",
          "Verslag",
          "Voorlopig",
          "Eindverslag",
          "Gewijzigd",
          "Voorstel",
          "Amendement",
          "Advies",
          "Jaarverslag");

  // --- terminals

  /** Not inside a longer number, word or identifier, and not an amount of money. */
  private static final String LEAD =
      "(?<![\\p{Alnum}/\\-.])(?<!" + anyOf(AMOUNT_SIGNS) + "\\h{0,2})";

  /**
   * A dossier in running text: {@code 26 643}, {@code 26643}, {@code 26.643}, or split by a line
   * break ({@code 29 ⏎544}), which PDF text does.
   */
  private static final String DOSSIER = "(?<dossier>\\d{2}(?:\\.|\\h?+\\n?+\\h?+)\\d{3})(?!\\d)";

  /** A dossier on one line, as list lines write it. */
  private static final String DOSSIER_ON_A_LINE = "(?<dossier>\\d{2}\\h?+\\d{3})(?!\\d)";

  /** A dossier in dash notation and identifiers: five digits, the first 1–3. */
  private static final String DOSSIER_COMPACT = "(?<dossier>[123]\\d{4})";

  /** A roman budget chapter, with the A/B of a split chapter ({@code XVI}, {@code IIB}). */
  private static final String ROMAN = "[IVXL]{1,6}[AB]?";

  /** A suffix: sub-number ({@code 33}), roman chapter or a capital letter ({@code A}). */
  private static final String SUFFIX_VALUE = "\\d{1,3}|" + ROMAN + "|[A-Z]";

  /**
   * The dossier in the bracket of the motion form: {@code (36410-XVI)}, {@code (36410)}, or spaced
   * only with a suffix ({@code (36 410 XV)}), since "nr. 2 (19 500)" is a count, not a dossier.
   */
  private static final String BRACKETED_DOSSIER =
      "(?<dossier>[123]\\d{4}|\\d{2}\\h\\d{3}(?=\\h(?:" + ROMAN + "|[A-Z])\\h*+[()]))(?!\\d)";

  /**
   * A suffix after a dossier in running text: {@code 21 501-33}, {@code 36 410-XVI}, or after a
   * space or line break ({@code 36 200 XIV}, {@code 36 600⏎XXII}) only where a comma, "nr." or a
   * bracket follows, so that the capital starting the next sentence is no suffix.
   */
  private static final String SUFFIX =
      "(?:-(?<sub>\\d{1,3}(?!\\d)|(?:"
          + ROMAN
          + "|[A-Z])(?![\\p{L}\\d]))|\\s(?<subs>"
          + ROMAN
          + "|[A-Z])(?=\\h*+\\(R|\\s*+[,)]|\\s++[Nn]rs?\\b))?";

  /** The number of a Rijkswet, {@code (R1833)}: part of the dossier's title, not of its id. */
  private static final String RIJKSWET = "(?:[-\\h]?+\\(R\\d{3,4}\\))?+";

  /** Further dossiers of a joint dossier ({@code 26 643 en 32 761}); the first one is cited. */
  private static final String JOINT =
      "(?:\\s*+(?:,|en)\\s*+\\d{2}\\h?+\\d{3}(?!\\d)(?:-\\d{1,3}(?!\\d)|[-\\s](?:"
          + ROMAN
          + "|[A-Z])(?![\\p{L}\\d]))?+"
          + RIJKSWET
          + "){0,3}+";

  /** A document number: up to four digits, not part of a longer number. */
  private static final String DIGITS = "\\d{1,4}+(?!\\d)";

  /** The letters of an Eerste Kamer paper ({@code A}, {@code AK}), not an abbreviation. */
  private static final String LETTERS =
      "(?!" + anyOf(NOT_PAPER_LETTERS) + "(?![A-Z]))[A-Z]{1,3}+(?![\\p{L}\\d\\-/])";

  /**
   * The letters of an Eerste Kamer paper opening a list line: at most two, followed by the kind of
   * paper ({@code 34 112, AB Motie van …}), so that a table row such as "25 000, A Totaal" is not
   * one.
   */
  private static final String LIST_LINE_LETTERS =
      "(?!"
          + anyOf(NOT_PAPER_LETTERS)
          + "(?![A-Z]))[A-Z]{1,2}+(?=\\h++"
          + anyOf(PAPER_KINDS)
          + "(?![\\p{L}]))";

  /**
   * A document number written without "nr.": it must end where a number ends, not run on into a
   * decimal, a percentage, a date or a dossier ({@code 31 300, 14 450}).
   */
  private static final String BARE_DIGITS =
      DIGITS + "(?!\\h\\d{3}(?!\\d))(?![\\p{L}%/])(?![.,:\\-]\\d)";

  /** {@code nr. 12}, {@code nr. AK}, or a list after {@code nrs.}. */
  private static final String NUMBER = marked(DIGITS + "|" + LETTERS);

  /**
   * The word Kamerstuk(ken), with the chamber and the vergaderjaar that may follow it: {@code
   * Kamerstukken II 2019/20,}, {@code Kamerstukken I, 2020/21,}, {@code Kamerstuk}.
   */
  private static final String KEYWORD =
      "(?<![\\p{L}])(?i:kamerstuk(?:ken)?+)(?:\\h++(?:II?|EK|TK)(?![\\p{L}]))?+"
          + "(?:,?+\\h*+(?:vergaderjaar\\h++)?\\d{4}+\\h*+[/\\-\u2013]\\h*+\\d{2,4}+)?+\\h*+,?+\\s*+";

  // --- the notations, in the order they claim text

  static final List<CitationNotation> ALL =
      List.of(
          CitationNotation.identifier(
              "official identifier",
              "kst-36410-XVI-112",
              "(?<![\\p{Alnum}])(?<c>kst-(?<dossier>\\d{5})(?:-(?<sub>"
                  + SUFFIX_VALUE
                  + "))?-(?<number>\\d{1,4}|[A-Z]{1,3}))(?![\\d\\-\\p{L}])"),
          CitationNotation.text(
              "dossier and number",
              "Kamerstukken II 2019/20, 35 300 XVI, nr. 12",
              LEAD + "(?<c>" + DOSSIER + SUFFIX + RIJKSWET + JOINT + "\\s*+,?+\\s*+" + NUMBER + ")",
              false),
          CitationNotation.text(
              "motion form",
              "nr. 112 (36410-XVI)",
              "(?<![\\p{Alnum}])(?<c>"
                  + marked(DIGITS)
                  + "\\h*+\\(\\h*+"
                  + BRACKETED_DOSSIER
                  + "(?:[-\\h](?<sub>"
                  + SUFFIX_VALUE
                  + "))?"
                  + RIJKSWET
                  + "\\h*+\\))",
              false),
          CitationNotation.text(
              "Kamerstuk without nr.",
              "Kamerstuk 31 300, 1445",
              KEYWORD
                  + "(?<c>"
                  + DOSSIER
                  + SUFFIX
                  + RIJKSWET
                  + JOINT
                  + "\\h*+,\\s*+(?<number>"
                  + BARE_DIGITS
                  + "|"
                  + LETTERS
                  + "))",
              false),
          CitationNotation.text(
              "Eerste Kamer list line",
              "34 112, AB  Motie van het lid …",
              "^\\h*+(?:[-\u2013\u2014\u2022*]\\h*+)?+(?<c>"
                  + DOSSIER_ON_A_LINE
                  + SUFFIX
                  + RIJKSWET
                  + "\\h*+,\\h*+(?<number>"
                  + LIST_LINE_LETTERS
                  + "))",
              false),
          CitationNotation.text(
              "dash notation",
              "36180-XV-12",
              "(?<![\\p{Alnum}/\\-.:_=])(?<c>"
                  + DOSSIER_COMPACT
                  + "(?:-(?:(?<sub>\\d{1,2}|"
                  + ROMAN
                  + "|[A-Z])|\\(R\\d{3,4}\\)))?-(?<number>"
                  + DIGITS
                  + "))(?![\\-/\\p{L}])(?![.,]\\d)(?!\\s*+,?+\\s*+(?:[Nn]r|nummer))",
              true));

  private KamerstukNotations() {}

  /** A list after a plural marker ({@code numbers}), or one {@code number} after a singular one. */
  private static String marked(String one) {
    return "(?:"
        + anyOf(PLURAL)
        + "\\s*+(?<numbers>"
        + NumberList.PATTERN
        + ")|"
        + anyOf(SINGULAR)
        + "\\s*+(?<number>"
        + one
        + "))";
  }
}
