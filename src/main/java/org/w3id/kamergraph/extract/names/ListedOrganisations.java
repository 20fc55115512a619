package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * A name no list knows, listed with organisations the gazetteer knows: {@code het Kadaster en
 * Geonovum}, {@code de LHV, InEen en Zorgverzekeraars Nederland}, {@code ProRail, Arriva en
 * Keolis}. Writers list like with like; a capitalised name in a list of organisations is one too.
 *
 * <p>A list is names joined by commas and closed by {@code en}, each with {@code de} or {@code het}
 * or none; a post's portfolio ({@code Fiscaliteit en Belastingdienst}) is none. Precision comes
 * first, so a listed name is reported only when the list holds a known organisation and nothing the
 * gazetteer knows as another kind; when the name is one to three capitalised words inside its
 * sentence; and when {@link UnknownOrganisations} lets it pass (no person, place, party, ministry,
 * law or programme by its words, no excluded word, no abbreviation the document defines).
 * Immutable.
 */
final class ListedOrganisations implements Extractor {
  /** At most this many words in a listed name. */
  private static final int MAX_WORDS = 3;

  private static final Set<String> ARTICLES = Set.of("de", "het", "De", "Het");

  private final MentionReporter reporter;
  private final UnknownOrganisations unknown;

  ListedOrganisations(MentionReporter reporter, UnknownOrganisations unknown) {
    this.reporter = reporter;
    this.unknown = unknown;
  }

  /** One item of a list: tokens {@code first..last}, and the gazetteer's entry if it knows it. */
  private record Item(int first, int last, GazetteerExtractor.Hit hit) {}

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    List<GazetteerExtractor.Hit> hits = reporter.hits(context);
    if (hits.isEmpty()) {
      return; // a list needs a known organisation
    }
    NameTokens t = NameTokens.of(context);
    // looked up for every token a list may start at: by position, not by a scan of the hits
    Map<Integer, GazetteerExtractor.Hit> byBegin = new HashMap<>();
    hits.forEach(h -> byBegin.putIfAbsent(h.begin(), h));
    boolean[] known = reporter.known(context);
    int i = 0;
    while (i < t.size()) {
      List<Item> list = list(t, i, byBegin);
      if (list.size() < 2) {
        i++;
        continue;
      }
      String whole =
          context
              .text()
              .substring(
                  t.get(list.get(0).first()).begin(),
                  t.get(list.get(list.size() - 1).last()).end());
      boolean organisations =
          list.stream().anyMatch(it -> it.hit() != null && isOrganisation(it.hit()))
              && list.stream().allMatch(it -> it.hit() == null || isOrganisation(it.hit()))
              // a post's portfolio reads as a list: "Fiscaliteit en Belastingdienst"
              && context.lexicon().portfolio(whole).isEmpty()
              && context.lexicon().taskDepartment(whole).isEmpty();
      if (organisations) {
        for (Item it : list) {
          if (it.hit() == null && plausible(context, t, it)) {
            reporter.report(
                context,
                sink,
                EntityKind.ORGANISATION,
                t.get(it.first()).begin(),
                t.get(it.last()).end(),
                known);
          }
        }
      }
      i = list.get(list.size() - 1).last() + 1;
    }
  }

  private static boolean isOrganisation(GazetteerExtractor.Hit hit) {
    return hit.entry().kind() == EntityKind.ORGANISATION;
  }

  /**
   * The list that starts at token {@code i}: items separated by a comma or by {@code en} (which
   * closes the list), each optionally after an article; fewer than two items is no list.
   */
  private List<Item> list(NameTokens t, int i, Map<Integer, GazetteerExtractor.Hit> hits) {
    List<Item> items = new ArrayList<>();
    int k = i;
    while (true) {
      Item item = item(t, k, hits);
      if (item == null) {
        return List.of();
      }
      items.add(item);
      int after = item.last();
      if (after + 1 >= t.size()) {
        return List.of();
      }
      String gap = t.gap(after).strip();
      if (gap.equals(",")) {
        k = after + 1;
        if (t.get(k).text().equals("en") && t.joined(k)) {
          k++; // "A, B, en C"
        }
      } else if (gap.isEmpty() && t.get(after + 1).text().equals("en") && t.joined(after + 1)) {
        Item last = item(t, after + 2, hits);
        if (last == null) {
          return List.of();
        }
        items.add(last);
        return items;
      } else {
        // "AEF, Stelsel in groei": a list is closed by "en"; commas alone join other things too
        return List.of();
      }
    }
  }

  /** The item at token {@code k} (after an optional article), or null. */
  private Item item(NameTokens t, int k, Map<Integer, GazetteerExtractor.Hit> hits) {
    if (k >= t.size()) {
      return null;
    }
    if (ARTICLES.contains(t.get(k).text()) && t.joined(k)) {
      k++;
      if (k >= t.size()) {
        return null;
      }
    }
    GazetteerExtractor.Hit hit = hits.get(t.get(k).begin());
    if (hit != null) {
      int last = k;
      while (last + 1 < t.size() && t.get(last + 1).end() <= hit.end()) {
        last++;
      }
      return new Item(k, last, hit);
    }
    if (!t.nameWord(k) || t.get(k).numeric()) {
      return null;
    }
    int last = t.capitalisedRun(k, MAX_WORDS);
    if (last + 1 < t.size() && t.joined(last) && t.nameWord(last + 1)) {
      return null; // longer than a listed name is
    }
    return new Item(k, last, null);
  }

  /** Whether an unknown item may be reported as an organisation. */
  private boolean plausible(ExtractionContext context, NameTokens t, Item it) {
    // its capital may be the sentence's
    return !t.sentenceInitial(it.first())
        && unknown.plausible(context, t, it.first(), it.last(), false);
  }
}
