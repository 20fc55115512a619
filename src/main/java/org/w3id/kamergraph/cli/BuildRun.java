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
 * (naming it), the progress ({@link Progress}: a bar on a terminal, a line per document otherwise),
 * and a summary of what changed and where.
 */
final class BuildRun implements Build.Listener {
  private final PrintWriter err;
  private final boolean verbose;
  private final long start = System.nanoTime();
  private final Progress progress;

  BuildRun(PrintWriter err, boolean verbose, Progress progress) {
    this.err = err;
    this.verbose = verbose;
    this.progress = progress;
  }

  static Build.Report run(
      PrintWriter err, boolean verbose, Build.Options options, List<Path> inputs, GraphSink sink) {
    return run(Pipeline.standard(), err, verbose, options, inputs, sink);
  }

  /** {@link #run(PrintWriter, boolean, Build.Options, List, GraphSink)} with a pipeline kept. */
  static Build.Report run(
      Pipeline pipeline,
      PrintWriter err,
      boolean verbose,
      Build.Options options,
      List<Path> inputs,
      GraphSink sink) {
    Build.Report r;
    BuildRun run;
    try (Progress progress = Progress.of("extract", "documents", err, verbose)) {
      run = new BuildRun(err, verbose, progress);
      r = new Build(pipeline, options).run(inputs, sink, run);
    }
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
  public void progress(Path file, String outcome, int done, int total) {
    progress.step(file.toString(), outcome, done, total);
  }
}
