package org.w3id.kamergraph.cli;

import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.w3id.kamergraph.harvest.HarvestListener;

/**
 * Harvest progress as a bar on the terminal, showing the file last done; failures are listed in the
 * summary after it. Close it when the harvest ends.
 */
final class HarvestProgressBar implements HarvestListener, AutoCloseable {
  private final ProgressBar bar;
  private long max;

  HarvestProgressBar() {
    this.bar = new ProgressBarBuilder().setTaskName("harvest").setInitialMax(0).build();
  }

  @Override
  public void planned(int files) {
    max += files;
    bar.maxHint(max);
  }

  @Override
  public void done(Path file, Outcome outcome, String detail) {
    bar.step();
    bar.setExtraMessage(file.getFileName().toString());
  }

  @Override
  public void close() {
    bar.close();
  }
}
