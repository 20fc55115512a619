package org.w3id.kamergraph.cli;

import org.w3id.kamergraph.Build;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How a build runs: threads, and whether the store mirrors the inputs. */
final class BuildOptions {
  @Mixin ThreadOptions threads;

  @Option(
      names = "--keep-missing",
      description =
          "Keep documents whose files are no longer among the inputs (by default the store"
              + " mirrors the inputs given: such documents are removed).")
  boolean keepMissing;

  Build.Options toOptions() {
    return new Build.Options(threads.threads(), keepMissing, threads.documentTimeout);
  }
}
