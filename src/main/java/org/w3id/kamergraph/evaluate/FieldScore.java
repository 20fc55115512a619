package org.w3id.kamergraph.evaluate;

import java.util.List;

/**
 * One field of one document.
 *
 * @param tp matched predictions
 * @param pred predictions counted
 * @param gold gold items counted
 * @param missed gold items no prediction matched, as text
 * @param extras predictions that matched no gold item, as text (for count fields: none)
 */
public record FieldScore(
    Field field, int tp, int pred, int gold, List<String> missed, List<String> extras) {
  public FieldScore {
    missed = List.copyOf(missed);
    extras = List.copyOf(extras);
  }

  /** Counts without details, e.g. for a document the dataset lacks. */
  public static FieldScore counts(Field field, int tp, int pred, int gold) {
    return new FieldScore(field, tp, pred, gold, List.of(), List.of());
  }

  /** The counts as a tally, to be summed. */
  public Tally tally() {
    return new Tally(tp, pred, gold);
  }
}
