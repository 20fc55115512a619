package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.model.TerminalText;
import org.w3id.kamergraph.store.FileGraphSink;
import org.w3id.kamergraph.store.GraphSink;

/**
 * Runs a {@link Build} for a command and reports it: each failed file on stderr as it happens
 * (naming it), a progress line every few seconds on long builds, and a summary.
 */
final class BuildRun implements Build.Listener {
  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
  private final PrintWriter err;
  private final boolean verbose;
  private final long start = System.nanoTime();
  private long lastProgress = start;

  BuildRun(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  static Build.Report run(
      PrintWriter err, boolean verbose, Build.Options options, List<Path> inputs, GraphSink sink) {
    BuildRun run = new BuildRun(err, verbose);
    Build.Report r = new Build(Pipeline.standard(), options).run(inputs, sink, run);
    LibraryWarnings.installed().drain().forEach(s -> run.warning(LibraryWarnings.describe(s)));
    if (sink instanceof FileGraphSink) {
      err.printf(
          "%d documents extracted to %s, %d failed; %d quads (%.1f s)%n",
          r.added(),
          sink.location(),
          r.failed(),
          r.quadsWritten(),
          (System.nanoTime() - run.start) / 1e9);
      err.flush();
      return r;
    }
    err.printf(
        "%s: %d added, %d replaced, %d unchanged, %d removed, %d failed; %d quads written, links"
            + " +%d -%d%s (%.1f s)%n",
        sink.location(),
        r.added(),
        r.replaced(),
        r.unchanged(),
        r.removed(),
        r.failed(),
        r.quadsWritten(),
        r.linkTriplesAdded(),
        r.linkTriplesRemoved(),
        r.fullRelink() ? " (recomputed)" : "",
        (System.nanoTime() - run.start) / 1e9);
    err.flush();
    return r;
  }

  @Override
  public void failed(Path file, Throwable e) {
    String message = e.getMessage();
    err.println(
        TerminalText.safe(
            "kamergraph: "
                + (message != null && message.contains(file.toString())
                    ? message
                    : file + ": " + e)));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  @Override
  public void warning(String message) {
    err.println(TerminalText.safe("kamergraph: " + message));
    err.flush();
  }

  @Override
  public void progress(int done, int total) {
    long now = System.nanoTime();
    if (now - lastProgress < PROGRESS_EVERY_NANOS || done == total) {
      return;
    }
    lastProgress = now;
    double seconds = (now - start) / 1e9;
    double rate = done / seconds;
    err.printf(
        "kamergraph: %,d of %,d documents extracted (%.0f/s, about %.0f s left)%n",
        done, total, rate, (total - done) / Math.max(rate, 1e-9));
    err.flush();
  }
}
