package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.names.ForeignMarkers;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.MinistryName;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * Ministries named in the text: a department name after a word that introduces one ({@code
 * Ministerie van}, {@code Minister van}, {@code staatssecretaris van}, {@code departement van}), in
 * lists continuing such a word ({@code de Ministers van Financiën en van Defensie}), as the
 * portfolio of a minister named with it ({@code Minister Adriaansens (Economische Zaken en
 * Klimaat)}), and their abbreviations as whole words ({@code OCW}, {@code EZK}; two-letter ones
 * such as {@code EZ} only after such a word or in parentheses). A bare department name without such
 * a word ("de Raad Buitenlandse Zaken", "Vaste commissie Economische Zaken") is not a mention of
 * the ministry, nor is another country's minister or ministry ("de Armeense minister van
 * Buitenlandse Zaken", "de minister van Justitie van Curaçao": see {@link ForeignMarkers}).
 *
 * <p>Names and abbreviations come from the reference data and are found in one pass ({@link
 * NameMatcher}); the grammar around them decides. The mention's key is the department name or
 * abbreviation as the lexicon spells it; the resolver picks the ministry that carried it on the
 * document's date.
 */
public final class MinistryMentionExtractor implements Extractor {
  /** What must stand right before a department name for it to name the ministry. */
  private static final Pattern INTRODUCED =
      Pattern.compile(
          "(?:(?i:ministerie|ministers?|staatssecretariss(?:en)?|staatssecretaris|departement)\\s+(?:van|voor)\\s*"
              + "|(?:,|\\sen)\\s+van\\s*"
              + "|(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)\\s+\\p{Lu}[\\p{L}' -]{1,40}?\\s*\\(\\s*)$");

  /** What must stand around a two-letter abbreviation. */
  private static final Pattern SHORT_INTRODUCED =
      Pattern.compile(
          "(?:(?i:ministerie|ministers?|staatssecretariss(?:en)?|staatssecretaris|departement)\\s+(?:van|voor)\\s+|\\()$");

  /** The word before the word that introduced the name: "Armeense" in "de Armeense minister". */
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}-]+)[ \\t]+$");

  private static final int WINDOW = 80;
  private final ForeignMarkers foreign = ForeignMarkers.load();
  private final NameMatcher names;
  private final NameMatcher abbreviations;

  public MinistryMentionExtractor(Lexicon lexicon) {
    Set<String> all = new LinkedHashSet<>();
    Set<String> abbrevs = new LinkedHashSet<>();
    for (MinistryName m : lexicon.ministryNames()) {
      all.add(m.name());
      // older plain texts write "Financien": the lexicon reads the name without its diacritics too
      all.add(Lexicon.withoutDiacritics(m.name()));
      abbrevs.addAll(m.abbreviations());
    }
    names = new NameMatcher(all, true);
    abbreviations = new NameMatcher(abbrevs, false);
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    List<NameMatcher.Hit> hits = new ArrayList<>(names.find(text));
    for (NameMatcher.Hit h : hits) {
      int introduced = introducedAt(INTRODUCED, text, h.begin());
      if (introduced >= 0
          && Character.isUpperCase(text.charAt(h.begin()))
          && !foreign(text, introduced, h.end())) {
        String name = context.lexicon().departmentName(h.name()).orElse(h.name());
        sink.mention(
            new NamedMention(EntityKind.MINISTRY, name, name, context.span(h.begin(), h.end())));
      }
    }
    for (NameMatcher.Hit h : abbreviations.find(text)) {
      boolean glued =
          h.begin() > 0 && "&-".indexOf(text.charAt(h.begin() - 1)) >= 0
              || h.end() < text.length() && text.charAt(h.end()) == '&';
      if (glued || (h.name().length() <= 2 && !before(SHORT_INTRODUCED, text, h.begin()))) {
        continue;
      }
      int introduced = introducedAt(SHORT_INTRODUCED, text, h.begin());
      if (foreign(text, introduced >= 0 ? introduced : h.begin(), h.end())) {
        continue;
      }
      sink.mention(
          new NamedMention(
              EntityKind.MINISTRY, h.name(), h.name(), context.span(h.begin(), h.end())));
    }
  }

  private static boolean before(Pattern p, String text, int at) {
    return introducedAt(p, text, at) >= 0;
  }

  /** Where the words introducing a name at {@code at} begin, or -1 when none does. */
  private static int introducedAt(Pattern p, String text, int at) {
    Matcher m = p.matcher(text).region(Math.max(0, at - WINDOW), at);
    return m.find() ? m.start() : -1;
  }

  /**
   * Whether the minister or ministry whose introduction starts at {@code introduced} and whose name
   * ends at {@code end} is another country's: a nationality right before it, or a country right
   * after it.
   */
  private boolean foreign(String text, int introduced, int end) {
    Matcher w = WORD_BEFORE.matcher(text).region(Math.max(0, introduced - 40), introduced);
    if (w.find() && foreign.isForeignAdjective(w.group(1))) {
      return true;
    }
    return foreign.placedAbroad(text.subSequence(end, Math.min(text.length(), end + 80)));
  }
}
