package org.w3id.kamergraph;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.w3id.kamergraph.bench.AdversarialShapes.Shape;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * The linear-time benchmark: every adversarial shape through the whole pipeline (reading,
 * normalisation, every extractor, resolution, the graph) at growing sizes, with the time of each
 * run and the growth from one size to the next. Linear work grows as the size does (ten times per
 * step from 10 KB to 10 MB); quadratic work a hundred times. A unit test holds the shapes to a
 * generous bound; this has the real figures.
 *
 * <p>A shape is measured at the next size only while it stays within the run limit: a run past it
 * is abandoned (a regular expression does not look at interrupts, so the thread is left to end as a
 * daemon) and reported as such.
 */
public final class AdversarialBench {
  /** Growth per tenfold size above which a step counts as not linear. */
  public static final double MAX_TENFOLD_GROWTH = 20;

  /**
   * Steps from a run shorter than this are not counted: such a run is too short to measure (a 10 KB
   * run takes milliseconds), and the next size's first run pays for compiling the code paths the
   * larger input reaches, so the step would show warm-up rather than growth.
   */
  static final double MEASURABLE_S = 0.1;

  private final Pipeline pipeline;
  private final Path work;
  private final Duration limit;

  /**
   * @param work a folder for the generated files (each is deleted after its run)
   * @param limit the longest a run may take before it is abandoned
   */
  public AdversarialBench(Pipeline pipeline, Path work, Duration limit) {
    this.pipeline = pipeline;
    this.work = work;
    this.limit = limit;
  }

  /** What became of one run. */
  public record Run(int chars, double seconds, String outcome, boolean finished) {}

  /** One shape at every size it was measured at, smallest first. */
  public record Row(String shape, List<Run> runs) {
    /**
     * The largest growth between consecutive sizes, normalised to a tenfold size step, over the
     * steps from a measurable run ({@link #MEASURABLE_S}); NaN when there is none.
     */
    public double worstTenfoldGrowth() {
      double worst = Double.NaN;
      for (int i = 1; i < runs.size(); i++) {
        Run a = runs.get(i - 1);
        Run b = runs.get(i);
        if (a.seconds() < MEASURABLE_S) {
          continue;
        }
        double sizeStep = (double) b.chars() / a.chars();
        // growth g over a size step s is g^(log 10 / log s) over a tenfold step
        double growth = Math.pow(b.seconds() / a.seconds(), Math.log(10) / Math.log(sizeStep));
        worst = Double.isNaN(worst) ? growth : Math.max(worst, growth);
      }
      return worst;
    }

    /** Every run finished and no measurable step grew faster than {@link #MAX_TENFOLD_GROWTH}. */
    public boolean linear() {
      double g = worstTenfoldGrowth();
      return runs.stream().allMatch(Run::finished) && (Double.isNaN(g) || g <= MAX_TENFOLD_GROWTH);
    }
  }

  /**
   * Runs every shape at every size, in order, reporting each row on {@code progress} as it is done.
   *
   * @param sizes characters per run, ascending
   */
  public List<Row> run(List<Shape> shapes, List<Integer> sizes, PrintWriter progress)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    List<Row> rows = new ArrayList<>();
    for (Shape shape : shapes) {
      // one run at the smallest size first, so the first measured run does not pay for compiling
      once(shape, sizes.get(0));
      List<Run> runs = new ArrayList<>();
      for (int chars : sizes) {
        Run run = once(shape, chars);
        if (chars == sizes.get(0)) {
          Run again = once(shape, chars); // small runs are noisy: the faster of two
          run = again.seconds() < run.seconds() ? again : run;
        }
        runs.add(run);
        if (!run.finished()) {
          break;
        }
      }
      Row row = new Row(shape.name(), List.copyOf(runs));
      rows.add(row);
      progress.printf(Locale.ROOT, "  %-45s %s%n", shape.name(), summary(row));
      progress.flush();
    }
    return rows;
  }

  private Run once(Shape shape, int chars) throws IOException, InterruptedException {
    Path file = Files.createTempFile(work, "adversarial", ".txt");
    try {
      Files.writeString(file, shape.text(chars), StandardCharsets.UTF_8);
      AtomicReference<String> outcome = new AtomicReference<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  outcome.set(pipeline.process(file).graph().size() + " triples");
                } catch (InputException e) {
                  outcome.set("refused: " + e.getMessage().replace(file + ": ", ""));
                } catch (KamergraphException e) {
                  outcome.set("refused: " + e.getMessage());
                } catch (OutOfMemoryError e) {
                  outcome.set("out of memory");
                }
              },
              "adversarial-run");
      t.setDaemon(true);
      long t0 = System.nanoTime();
      t.start();
      t.join(limit.toMillis());
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (t.isAlive()) {
        return new Run(chars, seconds, "still running after " + limit.toSeconds() + " s", false);
      }
      return new Run(chars, seconds, outcome.get(), true);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The rows as a Markdown table: one column per size, the worst growth and the verdict. */
  public static String markdown(List<Row> rows, List<Integer> sizes) {
    StringBuilder b = new StringBuilder("| shape |");
    sizes.forEach(s -> b.append(' ').append(size(s)).append(" |"));
    b.append(" worst growth per ×10 | linear | largest run |\n|---|");
    sizes.forEach(s -> b.append("---:|"));
    b.append("---:|---|---|\n");
    for (Row row : rows) {
      b.append("| ").append(row.shape().replace("|", "\\|")).append(" |");
      for (int i = 0; i < sizes.size(); i++) {
        b.append(' ').append(i < row.runs().size() ? seconds(row.runs().get(i)) : "—").append(" |");
      }
      double g = row.worstTenfoldGrowth();
      Run last = row.runs().get(row.runs().size() - 1);
      b.append(' ')
          .append(Double.isNaN(g) ? "—" : String.format(Locale.ROOT, "%.1f×", g))
          .append(" | ")
          .append(row.linear() ? "yes" : "NO")
          .append(" | ")
          .append(shorten(last.outcome()).replace("|", "\\|"))
          .append(" |\n");
    }
    return b.toString();
  }

  private static String summary(Row row) {
    StringBuilder b = new StringBuilder();
    for (Run r : row.runs()) {
      b.append(size(r.chars())).append(' ').append(seconds(r)).append("  ");
    }
    return b.append(row.linear() ? "" : " NOT LINEAR").toString().strip();
  }

  private static String seconds(Run r) {
    return String.format(Locale.ROOT, r.finished() ? "%.2f s" : "> %.0f s", r.seconds());
  }

  /** Characters as "10 KB", "1 MB" (binary units, as the sizes are given). */
  public static String size(int chars) {
    if (chars % (1024 * 1024) == 0) {
      return chars / (1024 * 1024) + " MB";
    }
    return chars % 1024 == 0 ? chars / 1024 + " KB" : chars + " chars";
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 90 ? one : one.substring(0, 89) + "…";
  }
}
