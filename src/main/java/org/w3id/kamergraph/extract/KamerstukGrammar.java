package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The grammar of Kamerstuk citation. A citation names a dossier (five digits, often written {@code
 * 26 643}), optionally a sub-number or suffix, and the document's number within the dossier. The
 * notations it reads ({@link KamerstukNotations}, in this order):
 *
 * <ol>
 *   <li>official identifiers: {@code kst-36410-XVI-112}, {@code kst-34112-AB}, also inside links;
 *   <li>dossier and number: {@code Kamerstukken II 2019/20, 35 300 XVI, nr. 12}, {@code 21 501-33,
 *       nr. 1041}, {@code 36 410 A, nr. 59}, {@code 24 587 (R1833), nr. 77}, joint dossiers ({@code
 *       26 643 en 32 761, nr. 640}, {@code 29 629, 32 761, nr. 1156}), lists and ranges after
 *       {@code nrs.}, Eerste Kamer letters after {@code nr.} ({@code 35 099, nr. D}), and a dossier
 *       broken over two lines ({@code 29 ⏎544, nr. 1100});
 *   <li>the motion form: {@code nr. 112 (36410-XVI)}, {@code nrs. 12 en 13 (36 410 XVI)};
 *   <li>after the word Kamerstuk, a number or Eerste Kamer letters without {@code nr.}: {@code
 *       Kamerstuk 31 300, 1445}, {@code Kamerstukken I 2020/21, 35 570, A};
 *   <li>a list line that starts with an Eerste Kamer paper: {@code 34 112, AB Motie van …};
 *   <li>dash notation: {@code 26643-941}, {@code 36180-XV-12}, {@code 21501-07-1999}, {@code
 *       24587-(R1833)-77}.
 * </ol>
 *
 * <p>What a citation becomes: the dossier without spaces; a sub-number or suffix kept as written
 * ({@code 21501-07-1999}, {@code 36410-XVI-112}); the document number without leading zeros; a
 * joint dossier is cited by its first dossier; the Rijkswet number {@code (R1833)} is dropped
 * ({@code kst-24587-77}): the dossier number alone names the dossier, and how the official
 * identifier writes a Rijkswet number is documented nowhere this repository can read, so it is not
 * guessed. A list cites each number it names, and a range ({@code nrs. 12–15}, {@code 12 t/m 15},
 * {@code 12 tot en met 15}) each number it spans, the numbers in between with the whole range as
 * their span, since the text names them nowhere else; a range that runs backwards or spans more
 * than {@value NumberList#MAX_SPAN} documents cites only its two ends, being more likely a slip
 * than a citation of that many papers.
 *
 * <p>Precision comes first: each notation is anchored on what only a citation has (the word
 * Kamerstuk, {@code nr.}, the dash pattern, the bracket of the motion form, {@code kst-}), a
 * dossier outside {@value #MIN_DOSSIER}–{@value #MAX_DOSSIER} is refused (identifiers excepted),
 * and a piece of text is read by one notation only, the first that claims it. So amounts ({@code €
 * 31 300,00}), dates, postcodes, phone numbers, ISBNs, zaak and document numbers, Aanhangsel ids
 * ({@code ah-tk-20232024-1031}), ECLI and Staatscourant references give nothing. Stateless and
 * thread-safe.
 */
public final class KamerstukGrammar {
  static final int MIN_DOSSIER = 19000;
  static final int MAX_DOSSIER = 39999;

  /**
   * Dossiers whose documents all carry a sub-number: {@code 21501-20} names the sub-dossier of the
   * European Council, not document 20 of dossier 21501.
   */
  static final Set<String> SUBDIVIDED = Set.of("21501");

  private final List<CitationNotation> notations;

  public KamerstukGrammar() {
    this(KamerstukNotations.ALL);
  }

  KamerstukGrammar(List<CitationNotation> notations) {
    this.notations = List.copyOf(notations);
  }

  /**
   * One cited document as read.
   *
   * @param dossier the dossier number without spaces
   * @param sub the sub-number or suffix as written, or {@code null}
   * @param nummer the document number (digits without leading zeros, or Eerste Kamer letters)
   * @param begin where its citation starts in the text read
   * @param end where it ends (exclusive)
   */
  public record Reading(String dossier, String sub, String nummer, int begin, int end) {
    public Reading {
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(nummer, "nummer");
    }
  }

  /** Every cited document in {@code text}, in the order of the text. */
  public List<Reading> read(String text) {
    List<Reading> out = new ArrayList<>();
    BitSet claimed = new BitSet(text.length());
    for (CitationNotation notation : notations) {
      Matcher m = notation.pattern().matcher(text);
      while (m.find()) {
        int begin = m.start("c");
        int end = m.end("c");
        String dossier = m.group("dossier").replaceAll("\\D", "");
        String sub = notation.group(m, "sub", "subs");
        if (claimed.get(begin, end).isEmpty() && accepted(notation, dossier, sub, text, begin)) {
          claimed.set(begin, end);
          readDocuments(notation, m, dossier, sub, out);
        }
      }
    }
    out.sort(Comparator.comparingInt(Reading::begin).thenComparingInt(Reading::end));
    return out;
  }

  private static boolean accepted(
      CitationNotation notation, String dossier, String sub, String text, int begin) {
    if (notation.checked() && !plausible(dossier)) {
      return false;
    }
    if (notation.outsideLinks() && inLink(text, begin)) {
      return false;
    }
    return sub != null || !SUBDIVIDED.contains(dossier);
  }

  private static void readDocuments(
      CitationNotation notation, Matcher m, String dossier, String sub, List<Reading> out) {
    String number = notation.group(m, "number");
    if (number != null) {
      out.add(new Reading(dossier, sub, strip(number), m.start("c"), m.end("c")));
      return;
    }
    boolean first = true;
    for (NumberList.Numbered n : NumberList.read(m.group("numbers"), m.start("numbers"))) {
      // the first document is cited by the whole citation up to its number, as a single one is
      int begin = first ? m.start("c") : n.begin();
      out.add(new Reading(dossier, sub, n.nummer(), begin, n.end()));
      first = false;
    }
  }

  private static boolean plausible(String dossier) {
    int n = Integer.parseInt(dossier);
    return n >= MIN_DOSSIER && n <= MAX_DOSSIER;
  }

  /** Whether the token ending at {@code at} is part of a web address or file name. */
  private static boolean inLink(String text, int at) {
    int b = at;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && at - b < 200) {
      b--;
    }
    String token = text.substring(b, at);
    return token.contains("/") || token.contains("www") || token.contains("=");
  }

  private static String strip(String number) {
    return number.replaceFirst("^0+(?=\\d)", "");
  }
}
