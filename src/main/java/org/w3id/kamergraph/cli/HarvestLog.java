package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.w3id.kamergraph.harvest.HarvestListener;

/** Harvest progress as plain log lines, one per file: for logs and pipes, where a bar is noise. */
final class HarvestLog implements HarvestListener {
  private final PrintWriter err;
  private int planned;
  private int done;

  HarvestLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void planned(int files) {
    planned += files;
  }

  @Override
  public void done(Path file, Outcome outcome, String detail) {
    done++;
    err.printf(
        "harvest [%d/%d] %s %s (%s)%n",
        done, planned, outcome.name().toLowerCase(java.util.Locale.ROOT), file, detail);
    err.flush();
  }
}
