package org.w3id.kamergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one scale benchmark run, each next to its target where the scale issue sets one (a
 * fresh build within 6 minutes and 2 GB of heap, a store within 1.3× the bulk loader's, build
 * throughput at least 0.8× the loader's, one changed document in under a second of work, an
 * unchanged rebuild under 30 s, every library query p50 under 100 ms and p99 under 1 s).
 */
public final class ScaleReport {
  /** One line: what, the figure, and the verdict against its target (null: no target). */
  public record Line(String what, String figure, Boolean met) {}

  private final List<Line> lines = new ArrayList<>();

  public void info(String what, String figure) {
    lines.add(new Line(what, figure, null));
  }

  public void check(String what, String figure, boolean met) {
    lines.add(new Line(what, figure, met));
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** Whether every figure with a target met it. */
  public boolean allMet() {
    return lines.stream().allMatch(l -> l.met() == null || l.met());
  }

  /** The report as a Markdown table. */
  public String markdown() {
    StringBuilder b = new StringBuilder("| measure | figure | target |\n|---|---|---|\n");
    for (Line l : lines) {
      b.append("| ")
          .append(l.what())
          .append(" | ")
          .append(l.figure())
          .append(" | ")
          .append(l.met() == null ? "" : l.met() ? "met" : "NOT met")
          .append(" |\n");
    }
    return b.toString();
  }

  /** The {@code q}-quantile (0–1) of {@code values} by the nearest-rank method. */
  public static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = new ArrayList<>(values);
    s.sort(null);
    int rank = (int) Math.ceil(q * s.size());
    return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
  }

  /** Milliseconds as "12 ms" or "3.4 s". */
  public static String ms(double ms) {
    return ms < 1000
        ? String.format(Locale.ROOT, "%.0f ms", ms)
        : String.format(Locale.ROOT, "%.1f s", ms / 1000);
  }
}
