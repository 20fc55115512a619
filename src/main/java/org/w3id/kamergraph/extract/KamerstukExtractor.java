package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.KamerstukCitation;

/**
 * Cited Kamerstukken. The grammar of a citation is a five-digit dossier number (often written
 * {@code 26 643}), an optional sub-number or letter/roman suffix ({@code 21 501-33}, {@code 36 200
 * XIV}, {@code 36 410 A}), optionally further dossiers of a joint dossier ({@code 26 643 en 32
 * 761}), and then {@code nr.} with the document number. Requiring {@code nr.} after a five-digit
 * dossier keeps out the traps: page footers ({@code ah-tk-20232024-1031}), Aanhangsel references
 * ({@code vergaderjaar 2021–2022, nr. 2646}), zaak numbers and Staatscourant numbers.
 *
 * <p>The compact form {@code 26643-941} is accepted only for dossier numbers in the range
 * Kamerstukken use, not inside identifiers, URLs or longer digit runs.
 */
public final class KamerstukExtractor implements Extractor {
  private static final String DOSSIER = "(\\d{2}\\s?\\d{3})";
  private static final String SUB =
      "(?:-(\\d{1,3}|[IVXL]{1,6}|[A-Z])(?![\\p{L}\\d])|\\s([IVXL]{1,6}|[A-Z])(?=\\s*,|\\s+nr))?";

  /** Further dossiers of a joint dossier, each with its own suffix: "29 984 en 32 123 XII". */
  private static final String JOINT =
      "(?:\\s*+(?:,|en)\\s*+\\d{2}\\s?\\d{3}(?:-\\d{1,3}|[-\\s](?:[IVXL]{1,6}|[A-Z])(?![\\p{L}\\d]))?){0,3}";

  // whitespace possessive throughout: "\\s*,?\\s*" before a run of 65,000 spaces tried every split
  // of the run (a 64 KB letter ending in spaces took 30 s; found by the fuzzing harness)
  private static final String NUMBER =
      "\\s*+,?\\s*+(nrs?\\.?|nummers?)\\s*+(\\d{1,4})(?!\\d)((?:\\s*+(?:,|en)\\s*+\\d{1,4}(?![\\d\\s]*[ -]\\d{3}\\b)(?!\\d)){0,10})";
  private static final Pattern MORE_NUMBERS = Pattern.compile("\\d{1,4}");
  private static final Pattern CITATION =
      Pattern.compile("(?<![\\p{Alnum}/\\-.])" + DOSSIER + SUB + JOINT + NUMBER);
  // possessive for the same reason: "12012-2876" before 62,000 blank lines took 30 s (fuzzing)
  private static final Pattern COMPACT =
      Pattern.compile(
          "(?<![\\p{Alnum}/\\-.:])([123]\\d{4})-(\\d{1,4})(?![\\d\\-/\\p{L}])(?!\\s*+,?\\s*+(?:nr|nummer))");
  private static final Pattern OFFICIAL_ID =
      Pattern.compile(
          "(?<![\\p{Alnum}])kst-(\\d{5})(?:-([0-9]{1,3}|[IVXL]{1,6}|[A-Z]))?-(\\d{1,4})(?![\\d\\-])");

  /**
   * Eerste Kamer papers are numbered with letters: "Kamerstukken I 2019/20, 25 295, AK" is
   * kst-25295-AK. Only after "Kamerstukken I", where a letter cannot be anything else.
   */
  private static final Pattern EERSTE_KAMER =
      Pattern.compile(
          "Kamerstuk(?:ken)?\\s+I\\s+\\d{4}/\\d{2},?\\s*(\\d{2}\\s?\\d{3})(?:\\s([IVXL]{1,6}|[A-Z]))?,\\s*(?:nr\\.?\\s*)?([A-Z]{1,3})(?![\\p{L}\\d])");

  private static final int MIN_DOSSIER = 19000;
  private static final int MAX_DOSSIER = 39999;

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      String dossier = m.group(1).replaceAll("\\s", "");
      if (!plausible(dossier)) {
        continue;
      }
      String sub = m.group(2) != null ? m.group(2) : m.group(3);
      sink.citation(
          new KamerstukCitation(
              dossier, sub, strip(m.group(5)), context.span(m.start(), m.end(5))));
      if (!m.group(4).startsWith("nrs") && !m.group(4).startsWith("nummers")) {
        continue; // a list of numbers only after the plural: "nr. 70, 4 Kamerstuk…" is a footnote
        // run
      }
      // "nrs. 945 en 946": one citation per document
      Matcher more = MORE_NUMBERS.matcher(m.group(6));
      while (more.find()) {
        int at = m.start(6) + more.start();
        sink.citation(
            new KamerstukCitation(
                dossier, sub, strip(more.group()), context.span(at, at + more.group().length())));
      }
    }
    Matcher ek = EERSTE_KAMER.matcher(text);
    while (ek.find()) {
      String dossier = ek.group(1).replaceAll("\\s", "");
      if (plausible(dossier)) {
        sink.citation(
            new KamerstukCitation(
                dossier, ek.group(2), ek.group(3), context.span(ek.start(1), ek.end())));
      }
    }
    Matcher k = OFFICIAL_ID.matcher(text);
    while (k.find()) {
      sink.citation(
          new KamerstukCitation(
              k.group(1), k.group(2), strip(k.group(3)), context.span(k.start(), k.end())));
    }
    Matcher c = COMPACT.matcher(text);
    while (c.find()) {
      if (plausible(c.group(1)) && !inUrl(text, c.start())) {
        sink.citation(
            new KamerstukCitation(
                c.group(1), null, strip(c.group(2)), context.span(c.start(), c.end())));
      }
    }
  }

  private static boolean plausible(String dossier) {
    int n = Integer.parseInt(dossier);
    return n >= MIN_DOSSIER && n <= MAX_DOSSIER;
  }

  /** Whether the token around {@code at} is part of a URL or file name. */
  private static boolean inUrl(String text, int at) {
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
