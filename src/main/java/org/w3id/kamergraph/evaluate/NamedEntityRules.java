package org.w3id.kamergraph.evaluate;

import java.util.List;

/**
 * How a document's gold notes bend the comparison of named entities (score.py's {@code alias_eq}
 * and {@code not_neutral}).
 *
 * @param notes the parsed notes of the gold file
 * @param allGold the gold programmes, reports and organisations together
 */
record NamedEntityRules(GoldNotes notes, List<String> allGold) {
  NamedEntityRules {
    allGold = List.copyOf(allGold);
  }

  /** Fuzzy equal, or both fuzzy equal to names of one alias group. */
  boolean aliasEq(String pred, String gold) {
    if (Similarity.fuzzyEq(pred, gold)) {
      return true;
    }
    for (List<String> group : notes.aliasGroups()) {
      if (group.stream().anyMatch(x -> Similarity.fuzzyEq(gold, x))
          && group.stream().anyMatch(x -> Similarity.fuzzyEq(pred, x))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a predicted entity counts: it does if it matches any gold entity (of any type); else
   * not if it matches a neutral item, which is neither rewarded nor penalised.
   */
  boolean counts(List<String> labels) {
    for (String l : labels) {
      for (String g : allGold) {
        if (aliasEq(l, g)) {
          return true;
        }
      }
    }
    return labels.stream()
        .noneMatch(l -> notes.neutral().stream().anyMatch(x -> Similarity.fuzzyEq(l, x)));
  }
}
