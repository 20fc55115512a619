package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.TerminalText;

/**
 * Runs one step per input file so that a bad file is reported — naming it — and the rest of the
 * batch goes on. The exit code says whether anything failed.
 */
final class Batch {
  private final PrintWriter err;
  private final boolean verbose;
  private final List<Path> failed = new ArrayList<>();
  private int done;

  Batch(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  interface Step {
    void run() throws Exception;
  }

  /** Runs the step for {@code file}; false (after reporting it) when it failed. */
  boolean run(Path file, Step step) {
    try {
      step.run();
      done++;
      return true;
    } catch (KamergraphException e) {
      failed.add(file);
      err.println(TerminalText.safe("kamergraph: " + e.getMessage()));
      if (verbose) {
        e.printStackTrace(err);
      }
    } catch (Exception e) {
      failed.add(file);
      err.println(TerminalText.safe("kamergraph: " + file + ": " + e));
      if (verbose) {
        e.printStackTrace(err);
      }
    }
    return false;
  }

  /** The files run so far, failed or not. */
  int attempted() {
    return done + failed.size();
  }

  /** Prints the summary and returns the exit code. */
  int finish(String verb, String where) {
    if (failed.isEmpty()) {
      err.printf("%d documents %s to %s%n", done, verb, where);
      err.flush();
      return ExitCodes.OK;
    }
    err.printf(
        "%d documents %s to %s; %d failed (see above): %s%n",
        done, verb, where, failed.size(), failed);
    err.flush();
    return ExitCodes.FAILURE;
  }

  int done() {
    return done;
  }
}
