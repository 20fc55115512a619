package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * score.py's {@code match_sets}: greedy one-to-one matching of predicted items against gold items.
 * Each predicted item is a list of alternative labels; it takes the first unused gold item that any
 * alternative equals. Greedy on purpose: the numbers must equal score.py's, not be optimal.
 */
final class Matching {
  private Matching() {}

  /**
   * The outcome of one match.
   *
   * @param tp matched pairs
   * @param unmatchedPred indices of predicted items that matched nothing
   * @param unmatchedGold indices of gold items nothing matched
   */
  record Outcome(
      int tp, int pred, int gold, List<Integer> unmatchedPred, List<Integer> unmatchedGold) {}

  static <P, G> Outcome match(List<List<P>> pred, List<G> gold, BiPredicate<P, G> eq) {
    boolean[] used = new boolean[gold.size()];
    int tp = 0;
    List<Integer> extra = new ArrayList<>();
    for (int pi = 0; pi < pred.size(); pi++) {
      boolean matched = false;
      for (int i = 0; i < gold.size() && !matched; i++) {
        if (used[i]) {
          continue;
        }
        G g = gold.get(i);
        if (pred.get(pi).stream().anyMatch(alt -> eq.test(alt, g))) {
          used[i] = true;
          tp++;
          matched = true;
        }
      }
      if (!matched) {
        extra.add(pi);
      }
    }
    List<Integer> missed = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!used[i]) {
        missed.add(i);
      }
    }
    return new Outcome(tp, pred.size(), gold.size(), List.copyOf(extra), List.copyOf(missed));
  }

  /** Scores a match as a field, describing misses by gold item and extras by their labels. */
  static <P, G> FieldScore score(
      Field field, List<List<P>> pred, List<G> gold, BiPredicate<P, G> eq) {
    Outcome o = match(pred, gold, eq);
    List<String> missed = o.unmatchedGold().stream().map(i -> String.valueOf(gold.get(i))).toList();
    List<String> extras = o.unmatchedPred().stream().map(i -> describe(pred.get(i))).toList();
    return new FieldScore(field, o.tp(), o.pred(), o.gold(), missed, extras);
  }

  private static String describe(List<?> alternatives) {
    if (alternatives.isEmpty()) {
      return "(no label)";
    }
    return alternatives.size() == 1
        ? String.valueOf(alternatives.get(0))
        : alternatives.stream().map(String::valueOf).distinct().toList().toString();
  }
}
