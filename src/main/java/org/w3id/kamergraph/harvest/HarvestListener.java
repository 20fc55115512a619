package org.w3id.kamergraph.harvest;

import java.nio.file.Path;

/**
 * Told what a harvest does, file by file, for a progress bar or log lines. Called from the
 * harvesting thread only.
 */
public interface HarvestListener {
  /** What happened to one file. */
  enum Outcome {
    DOWNLOADED,
    SKIPPED,
    FAILED
  }

  /** {@code files} more files are planned (the total grows as answers are discovered). */
  void planned(int files);

  /**
   * One file is done.
   *
   * @param file where it is (or would have been) saved
   * @param outcome what happened
   * @param detail the URL fetched, or for a failure the URL and what happened
   */
  void done(Path file, Outcome outcome, String detail);
}
