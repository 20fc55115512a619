package org.w3id.kamergraph.evaluate;

/**
 * Micro-averaging counts and the scores they give.
 *
 * @param tp true positives
 * @param pred predicted items
 * @param gold gold items
 */
public record Tally(int tp, int pred, int gold) {
  /** Nothing counted. */
  public static final Tally ZERO = new Tally(0, 0, 0);

  /** The sum of two tallies. */
  public Tally plus(Tally o) {
    return new Tally(tp + o.tp, pred + o.pred, gold + o.gold);
  }

  /**
   * Precision, with score.py's convention: 1 when nothing was predicted and nothing was expected, 0
   * when nothing was predicted but something was.
   */
  public double precision() {
    return pred != 0 ? (double) tp / pred : (gold == 0 ? 1.0 : 0.0);
  }

  /** Recall; 1 when there was nothing to find. */
  public double recall() {
    return gold != 0 ? (double) tp / gold : 1.0;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
  }
}
