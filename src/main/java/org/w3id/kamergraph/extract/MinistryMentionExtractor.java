package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.MinistryName;
import org.w3id.kamergraph.model.NamedMention;

/**
 * Ministries named in the text: a department name after a word that introduces one ({@code
 * Ministerie van}, {@code Minister van}, {@code staatssecretaris van}, {@code departement van}), in
 * lists continuing such a word ({@code de Ministers van Financiën en van Defensie}), as the
 * portfolio of a minister named with it ({@code Minister Adriaansens (Economische Zaken en
 * Klimaat)}), and their abbreviations as whole words ({@code OCW}, {@code EZK}; two-letter ones
 * such as {@code EZ} only after such a word or in parentheses). A bare department name without such
 * a word ("de Raad Buitenlandse Zaken", "Vaste commissie Economische Zaken") is not a mention of
 * the ministry.
 *
 * <p>The mention's key is the department name or abbreviation as the lexicon spells it; the
 * resolver picks the ministry that carried it on the document's date.
 */
public final class MinistryMentionExtractor implements Extractor {
  private final Pattern names;
  private final Pattern abbreviations;
  private final Pattern shortAbbreviations;

  public MinistryMentionExtractor(Lexicon lexicon) {
    Set<String> all = new LinkedHashSet<>();
    Set<String> abbrevs = new LinkedHashSet<>();
    for (MinistryName m : lexicon.ministryNames()) {
      all.add(m.name());
      abbrevs.addAll(m.abbreviations());
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String n : sorted) {
      alt.append(alt.length() == 0 ? "" : "|").append(tolerant(n));
    }
    String trigger =
        "(?:(?i:ministerie|ministers?|staatssecretariss(?:en)?|staatssecretaris|departement)\\s+(?:van|voor)\\s+"
            + "|(?:,|\\sen)\\s+van\\s+|(?:Minister|Staatssecretaris|minister|staatssecretaris)\\s+[\\p{Lu}][\\p{L}' -]{1,40}?\\s*\\(\\s*)";
    names = Pattern.compile(trigger + "(" + alt + ")(?![\\p{L}])");
    StringBuilder ab = new StringBuilder();
    StringBuilder shortAb = new StringBuilder();
    for (String a : abbrevs) {
      StringBuilder b = a.length() <= 2 ? shortAb : ab;
      b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(a));
    }
    abbreviations =
        Pattern.compile(
            "(?<![\\p{L}\\d&-])(" + (ab.length() == 0 ? "(?!)" : ab) + ")(?![\\p{L}\\d&])");
    // two letters ("AZ", "EZ") name other things too (a football club): only after a word that
    // introduces a ministry, or in parentheses after its name
    shortAbbreviations =
        Pattern.compile(
            "(?:(?i:ministerie|ministers?|staatssecretariss?(?:en)?|departement)\\s+(?:van|voor)\\s+|\\()("
                + (shortAb.length() == 0 ? "(?!)" : shortAb)
                + ")(?![\\p{L}\\d&])");
  }

  /** A name regex that accepts the spaces PDF text loses or adds between words. */
  private static String tolerant(String name) {
    StringBuilder b = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (b.length() > 0) {
        b.append("\\s*");
      }
      b.append(Pattern.quote(word));
    }
    return b.toString();
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher m = names.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String name = context.lexicon().departmentName(m.group(1)).orElse(m.group(1));
      sink.mention(
          new NamedMention(EntityKind.MINISTRY, name, name, context.span(m.start(1), m.end(1))));
      // lists continue with ", van X" / "en van Y": look again from the end of this name
      from = m.end(1);
    }
    for (Pattern p : new Pattern[] {abbreviations, shortAbbreviations}) {
      Matcher a = p.matcher(text);
      while (a.find()) {
        sink.mention(
            new NamedMention(
                EntityKind.MINISTRY, a.group(1), a.group(1), context.span(a.start(1), a.end(1))));
      }
    }
  }
}
