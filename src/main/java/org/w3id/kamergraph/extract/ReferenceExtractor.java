package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.DocumentReference;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.ReferenceKind;

/**
 * References to official documents other than Kamerstukken, each typed: answers in the Aanhangsel
 * ("Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 2646", {@code ah-tk-20212022-2646}),
 * published questions ({@code kv-tk-2020Z06377}), Handelingen items ("Handelingen II 2023/24, nr.
 * 50, item 2"), the Staatscourant ("Stcrt. 2023, 12345"), court decisions (ECLI) and Tweede Kamer
 * document numbers ({@code 2023D39037}). The document's own identifier, printed in its page
 * footers, is not a reference.
 */
public final class ReferenceExtractor implements Extractor {
  private static final String YEARS = "(\\d{4})\\s*[–/-]\\s*(\\d{4}|\\d{2})";
  private static final Pattern AANHANGSEL =
      Pattern.compile(
          "Aanhangsel\\s+(?:van\\s+de\\s+)?Handelingen(?:\\s+(II|I))?,?\\s*(?:vergaderjaar\\s*)?"
              + YEARS
              + ",?\\s*(?:nr\\.?|nummer)\\s*(\\d{1,5})(?!\\d)");
  private static final Pattern OFFICIAL_ID =
      Pattern.compile(
          "(?<![\\p{Alnum}-])((?:ah|kv|h)-(?:tk|ek)-[0-9A-Za-z]+(?:-\\d{1,5}){0,2})(?![\\p{Alnum}-])");
  private static final Pattern HANDELINGEN =
      Pattern.compile(
          "Handelingen\\s+(II|I)\\s+"
              + YEARS
              + ",?\\s*(?:nr\\.?|nummer)\\s*(\\d{1,3}),?\\s*item\\s*(\\d{1,3})(?!\\d)");
  private static final Pattern STAATSCOURANT =
      Pattern.compile(
          "(?:Stcrt\\.?|Staatscourant)\\s*(\\d{4}),?\\s*(?:nr\\.?\\s*)?(\\d{1,6})(?!\\d)");
  private static final Pattern ECLI =
      Pattern.compile("\\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\d{4}:[A-Z0-9.]{1,25}[A-Z0-9]");
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("(?<![\\p{Alnum}])((?:19|20)\\d{2})D(\\d{5})(?!\\d)");
  private static final Pattern KV_TK = Pattern.compile("^kv-(?:tk|ek)-\\d{4}Z\\d{5}$");
  private static final Pattern AH_TK = Pattern.compile("^ah-(?:tk|ek)-\\d{8}-\\d{1,5}$");
  private static final Pattern H_TK = Pattern.compile("^h-(?:tk|ek)-\\d{8}-\\d{1,3}-\\d{1,3}$");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    String own = context.document().id();
    Matcher a = AANHANGSEL.matcher(text);
    while (a.find()) {
      String house = "I".equals(a.group(1)) ? "ek" : "tk";
      String id =
          "ah-" + house + "-" + a.group(2) + fullYear(a.group(2), a.group(3)) + "-" + a.group(4);
      report(context, sink, ReferenceKind.AANHANGSEL, id, true, a.start(), a.end(), own);
    }
    Matcher o = OFFICIAL_ID.matcher(text);
    while (o.find()) {
      String id = o.group(1);
      ReferenceKind kind =
          KV_TK.matcher(id).matches()
              ? ReferenceKind.KAMERVRAGEN
              : AH_TK.matcher(id).matches()
                  ? ReferenceKind.AANHANGSEL
                  : H_TK.matcher(id).matches() ? ReferenceKind.HANDELINGEN : null;
      if (kind != null) {
        report(context, sink, kind, id, true, o.start(1), o.end(1), own);
      }
    }
    Matcher h = HANDELINGEN.matcher(text);
    while (h.find()) {
      String house = "I".equals(h.group(1)) ? "ek" : "tk";
      String id =
          "h-"
              + house
              + "-"
              + h.group(2)
              + fullYear(h.group(2), h.group(3))
              + "-"
              + h.group(4)
              + "-"
              + h.group(5);
      report(context, sink, ReferenceKind.HANDELINGEN, id, true, h.start(), h.end(), own);
    }
    Matcher s = STAATSCOURANT.matcher(text);
    while (s.find()) {
      report(
          context,
          sink,
          ReferenceKind.STAATSCOURANT,
          "Stcrt. " + s.group(1) + ", " + s.group(2),
          false,
          s.start(),
          s.end(),
          own);
    }
    Matcher e = ECLI.matcher(text);
    while (e.find()) {
      report(context, sink, ReferenceKind.ECLI, e.group(), false, e.start(), e.end(), own);
    }
    Matcher d = DOCUMENT_NUMBER.matcher(text);
    while (d.find()) {
      report(
          context,
          sink,
          ReferenceKind.DOCUMENT_NUMBER,
          d.group(1) + "D" + d.group(2),
          false,
          d.start(),
          d.end(),
          own);
    }
  }

  private static void report(
      ExtractionContext context,
      FactSink sink,
      ReferenceKind kind,
      String id,
      boolean official,
      int begin,
      int end,
      String own) {
    if (!id.equals(own)) {
      sink.reference(new DocumentReference(kind, id, official, context.span(begin, end)));
    }
  }

  /** {@code 2023/24} → {@code 2024}; {@code 2023–2024} stays. */
  private static String fullYear(String first, String second) {
    return second.length() == 4 ? second : first.substring(0, 2) + second;
  }
}
