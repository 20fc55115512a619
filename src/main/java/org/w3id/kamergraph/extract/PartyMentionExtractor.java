package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.reference.Lexicon;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Parties named anywhere in the text: in parentheses after a member ({@code het lid Wassenberg
 * (Partij voor de Dieren)}, {@code (beiden D66)}), and by abbreviation or full name as a whole word
 * ({@code de VVD-fractie}, {@code CDA-Raadslid}). Case matters: "volt" and "denk" are words, and
 * two-letter variants ({@code GL}, {@code CU}) are accepted only in parentheses.
 */
public final class PartyMentionExtractor implements Extractor {
  private static final Pattern PARENS =
      Pattern.compile("\\((?:beiden\\s+|beide\\s+|allen\\s+|alle\\s+)?([^()\\d]{2,60})\\)");

  /** Names too short or too common to trust outside parentheses. */
  private static final Set<String> PARENS_ONLY = WordLists.set("parens-only-parties");

  private final NameMatcher names;

  public PartyMentionExtractor(Lexicon lexicon) {
    List<String> all = new ArrayList<>();
    for (PartyEntry p : lexicon.parties()) {
      for (String n : p.names()) {
        if (!PARENS_ONLY.contains(n) && !all.contains(n)) {
          all.add(n);
        }
      }
    }
    names = new NameMatcher(all, false);
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher p = PARENS.matcher(text);
    while (p.find()) {
      report(context, sink, p.group(1).replaceAll("\\s+", " ").strip(), p.start(1), p.end(1));
    }
    for (NameMatcher.Hit h : names.find(text)) {
      report(context, sink, h.name(), h.begin(), h.end());
    }
  }

  private static void report(
      ExtractionContext context, FactSink sink, String written, int begin, int end) {
    context
        .lexicon()
        .party(written)
        .ifPresent(
            e ->
                sink.mention(
                    new NamedMention(
                        EntityKind.PARTY, e.key(), e.notation(), context.span(begin, end))));
  }
}
