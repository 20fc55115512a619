package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.reference.NameParser;

/**
 * Reads a list of members with their parties, as headers and notices write them: {@code Pechtold
 * (D66), Cohen (PvdA) en Thieme (PvdD)}, {@code Aartsen en Rajkowski (VVD)}, {@code Inge van Dijk ,
 * Vedder (beiden CDA) en Welzijn (Nieuw Sociaal Contract)}. A party in parentheses applies to every
 * name since the previous party.
 */
final class MemberList {
  private static final Pattern PARTY = Pattern.compile("\\(([^()]{1,80})\\)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+en\\s+|^en\\s+");
  private static final Pattern SHARED = Pattern.compile("^(?:beiden|beide|allen|alle|ook)\\s+");

  private MemberList() {}

  /**
   * The members listed in normalised {@code [begin, end)}.
   *
   * @param withPartyOnly keep only names the list gives a party for
   */
  static List<Asker> parse(ExtractionContext context, int begin, int end, boolean withPartyOnly) {
    String text = context.text();
    List<Asker> out = new ArrayList<>();
    Matcher party = PARTY.matcher(text).region(begin, end);
    int groupStart = begin;
    while (party.find()) {
      String inside = party.group(1);
      Matcher shared = SHARED.matcher(inside);
      int nameStart = party.start(1) + (shared.find() ? shared.end() : 0);
      String written = text.substring(nameStart, party.end(1)).replaceAll("\\s+", " ").strip();
      PartyEntry entry = context.lexicon().party(written).orElse(null);
      names(
          context,
          groupStart,
          party.start(),
          entry,
          written,
          context.span(nameStart, party.end(1)),
          out);
      groupStart = party.end();
    }
    if (!withPartyOnly) {
      names(context, groupStart, end, null, null, null, out);
    }
    return out;
  }

  private static void names(
      ExtractionContext context,
      int begin,
      int end,
      PartyEntry party,
      String partyWritten,
      Span partySpan,
      List<Asker> out) {
    Matcher sep = SEPARATOR.matcher(context.text()).region(begin, end);
    int start = begin;
    while (true) {
      boolean found = sep.find();
      int stop = found ? sep.start() : end;
      name(context, start, stop)
          .ifPresent(
              n ->
                  out.add(
                      new Asker(
                          n.name(),
                          party == null ? null : party.key(),
                          partyWritten,
                          n.span(),
                          partySpan)));
      if (!found) {
        return;
      }
      start = sep.end();
    }
  }

  private record Named(PersonName name, Span span) {}

  private static java.util.Optional<Named> name(ExtractionContext context, int begin, int end) {
    String text = context.text();
    while (begin < end && !Character.isLetter(text.charAt(begin))) {
      begin++;
    }
    while (end > begin
        && !Character.isLetter(text.charAt(end - 1))
        && text.charAt(end - 1) != '.') {
      end--;
    }
    if (end - begin < 2 || !looksLikeName(text.substring(begin, end))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Named(
            NameParser.parse(text.substring(begin, end), NameParser.Mode.SURNAME_FIRST),
            context.span(begin, end)));
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
