package org.w3id.kamergraph.extract.names;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Whether capitalised words that the sentence places among organisations, but no list knows, may be
 * reported as one: not after a person's title ({@code person-titles}); not a country, region,
 * municipality or province ({@code foreign.tsv}, the register); no party or ministry; no law or
 * programme by its words ({@code kind-words.tsv}, unless the sentence gives the kind itself); no
 * word of the excluded list ({@code list-exclusions}: Nederland, Kamerleden …; where the sentence
 * gives the kind, only as the whole name) and no digits; not known to the gazetteer as anything;
 * and no abbreviation the document defines in brackets elsewhere (its definition names the body
 * already). Immutable.
 */
final class UnknownOrganisations {
  private final MentionReporter reporter;
  private final ForeignMarkers foreign;
  private final KindClassifier kinds;

  /** Words that exclude a name they are part of, and prefixes (written {@code Kamer*}) too. */
  private final Set<String> excludedWords;

  private final List<String> excludedPrefixes;
  private final Set<String> titles;

  /**
   * Municipalities and provinces by their bare names (lower case), from the government register.
   */
  private final Set<String> places;

  UnknownOrganisations(
      Gazetteer gazetteer, MentionReporter reporter, ForeignMarkers foreign, KindClassifier kinds) {
    this(
        gazetteer,
        reporter,
        foreign,
        kinds,
        WordLists.set("list-exclusions"),
        WordLists.set("person-titles"));
  }

  UnknownOrganisations(
      Gazetteer gazetteer,
      MentionReporter reporter,
      ForeignMarkers foreign,
      KindClassifier kinds,
      Set<String> excluded,
      Set<String> titles) {
    this.reporter = reporter;
    this.foreign = foreign;
    this.kinds = kinds;
    this.excludedWords =
        excluded.stream().filter(w -> !w.endsWith("*")).collect(Collectors.toUnmodifiableSet());
    this.excludedPrefixes =
        excluded.stream()
            .filter(w -> w.endsWith("*"))
            .map(w -> w.substring(0, w.length() - 1))
            .sorted()
            .toList();
    this.titles = Set.copyOf(titles);
    this.places =
        gazetteer.entries().stream()
            .map(e -> PLACE_BODY.matcher(e.label()))
            .filter(java.util.regex.Matcher::matches)
            .map(m -> m.group(1).toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** A municipality's or province's name in the register: {@code gemeente Amersfoort}. */
  private static final java.util.regex.Pattern PLACE_BODY =
      java.util.regex.Pattern.compile("(?i)(?:gemeente|provincie) (.+)");

  /**
   * Whether tokens {@code first..last} may be reported as an organisation; {@code kindGiven}: the
   * sentence says it is one ({@code Ingrado, de vereniging voor …}), so words that make a name a
   * programme ({@code Regioplan}) do not count against it.
   */
  boolean plausible(
      ExtractionContext context, NameTokens t, int first, int last, boolean kindGiven) {
    if (first > 0 && titles.contains(t.get(first - 1).text())) {
      return false; // a person: "de heer Jansen", "minister Keijzer"
    }
    String name = context.text().substring(t.get(first).begin(), t.get(last).end());
    if (context.text().contains("(" + name + ")")) {
      return false; // an abbreviation the document defines: the definition names the body
    }
    // a country, a party, a ministry, a law or a programme among organisations is still not one
    if (foreign.isPlace(name)
        || places.contains(name.toLowerCase(java.util.Locale.ROOT))
        || reporter.entry(name).isPresent()
        || context.lexicon().party(name).isPresent()
        || context.lexicon().isMinistryAbbreviation(name)
        || context.lexicon().departmentName(name).isPresent()
        || kinds.namesNone(name)
        || (!kindGiven
            && kinds.classify(name).filter(k -> k != EntityKind.ORGANISATION).isPresent())) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      String w = t.get(i).text();
      // where the sentence gives the kind, an excluded word inside a longer name is part of it
      // ("Waterrecreatie Nederland, de branchevereniging …"); alone it is still excluded
      boolean excluded = excludedWords.contains(w) && (!kindGiven || first == last);
      if (excluded || w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return excludedPrefixes.stream().noneMatch(name::startsWith) && !t.gluedAfter(last);
  }
}
