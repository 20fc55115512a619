package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.w3id.kamergraph.model.TerminalText;

/**
 * How a long command reports its work, one item (a document, a file) at a time: on a terminal a bar
 * with the count, the rate and the time left; otherwise (a log, a pipe, a CI job) one line per item
 * saying what became of it, so a log shows which file a stalled or failed run was on.
 */
interface Progress extends AutoCloseable {
  /**
   * One more item done.
   *
   * @param item what was done (a file name)
   * @param outcome what became of it ({@code added}, {@code replaced}, {@code failed}, …)
   * @param done items done so far, this one included
   * @param total items to do in all
   */
  void step(String item, String outcome, long done, long total);

  @Override
  void close();

  /**
   * A bar when the command runs on a terminal (and is not asked for {@code --verbose}, whose log
   * lines would break the bar), per-item lines on {@code err} otherwise.
   */
  static Progress of(String task, String unit, PrintWriter err, boolean verbose) {
    return onTerminal() && !verbose ? new Bar(task, unit) : new Lines(err);
  }

  /** Whether the command runs on a terminal: Java sees a console, and it is not a dumb one. */
  static boolean onTerminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** The terminal's bar, made when the first item is done (when the total is known). */
  final class Bar implements Progress {
    private final String task;
    private final String unit;
    private ProgressBar bar;

    Bar(String task, String unit) {
      this.task = task;
      this.unit = unit;
    }

    @Override
    public void step(String item, String outcome, long done, long total) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
      }
      bar.stepTo(done);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** One line per item: {@code kamergraph: [12/340] path/file.txt: added}. */
  final class Lines implements Progress {
    private final PrintWriter err;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void step(String item, String outcome, long done, long total) {
      err.println(
          TerminalText.safe("kamergraph: [" + done + "/" + total + "] " + item + ": " + outcome));
      err.flush();
    }

    @Override
    public void close() {}
  }
}
