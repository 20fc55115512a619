package org.w3id.kamergraph.cli;

import org.w3id.kamergraph.Build;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How a build runs: threads, whether the store mirrors the inputs, what it checks. */
final class BuildOptions {
  @Mixin ThreadOptions threads;

  @Option(
      names = "--keep-missing",
      description =
          "Keep documents whose files are no longer among the inputs (by default the store"
              + " mirrors the inputs given: such documents are removed).")
  boolean keepMissing;

  @Option(
      names = "--verify-graphs",
      description =
          "Check every stored document graph against its digest and rebuild those changed outside"
              + " a build (by default only graphs the server's write API touched are checked;"
              + " use this when other tools write to the store; it reads the whole store).")
  boolean verifyGraphs;

  Build.Options toOptions() {
    return new Build.Options(threads.threads(), keepMissing, threads.documentTimeout, verifyGraphs);
  }
}
