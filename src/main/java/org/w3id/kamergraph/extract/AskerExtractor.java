package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.model.Span;

/**
 * The members who asked, from the header: {@code Pechtold (D66), Cohen (PvdA) en Thieme (PvdD)},
 * {@code Aartsen en Rajkowski (VVD)}, {@code Inge van Dijk , Vedder (beiden CDA) en Welzijn (Nieuw
 * Sociaal Contract)}. A party in parentheses applies to every name since the previous party.
 */
public final class AskerExtractor implements Extractor {
  private static final Pattern PARTY = Pattern.compile("\\(([^()]{1,80})\\)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+en\\s+|^en\\s+");
  private static final Pattern SHARED = Pattern.compile("^(?:beiden|beide|allen|alle|ook)\\s+");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Header.find(text).ifPresent(h -> parse(context, text, h.askersBegin(), h.askersEnd(), sink));
  }

  private void parse(ExtractionContext context, String text, int begin, int end, FactSink sink) {
    Matcher party = PARTY.matcher(text).region(begin, end);
    int groupStart = begin;
    while (party.find()) {
      String written = party.group(1).replaceAll("\\s+", " ").strip();
      String name = SHARED.matcher(written).replaceFirst("");
      PartyEntry entry = context.lexicon().party(name).orElse(null);
      Span partySpan = context.span(party.start(1), party.end(1));
      names(context, text, groupStart, party.start(), entry, name, partySpan, sink);
      if (entry != null) {
        sink.mention(new NamedMention(EntityKind.PARTY, entry.key(), entry.notation(), partySpan));
      }
      groupStart = party.end();
    }
    names(context, text, groupStart, end, null, null, null, sink);
  }

  private void names(
      ExtractionContext context,
      String text,
      int begin,
      int end,
      PartyEntry party,
      String partyWritten,
      Span partySpan,
      FactSink sink) {
    Matcher sep = SEPARATOR.matcher(text).region(begin, end);
    int start = begin;
    while (true) {
      boolean found = sep.find();
      int stop = found ? sep.start() : end;
      emit(context, text, start, stop, party, partyWritten, partySpan, sink);
      if (!found) {
        return;
      }
      start = sep.end();
    }
  }

  private void emit(
      ExtractionContext context,
      String text,
      int begin,
      int end,
      PartyEntry party,
      String partyWritten,
      Span partySpan,
      FactSink sink) {
    while (begin < end && !Character.isLetter(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && !Character.isLetter(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
      end--;
    }
    if (end - begin < 2 || !looksLikeName(text.substring(begin, end))) {
      return;
    }
    PersonName name = NameParser.parse(text.substring(begin, end), NameParser.Mode.SURNAME_FIRST);
    sink.asker(
        new Asker(
            name,
            party == null ? null : party.key(),
            partyWritten,
            context.span(begin, end),
            partySpan));
  }

  /** A name starts with a capital or a tussenvoegsel and has no more than six words. */
  static boolean looksLikeName(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) && !NameParser.isParticle(w)) {
        return false;
      }
    }
    return Character.isUpperCase(words[words.length - 1].charAt(0));
  }
}
