package org.w3id.kamergraph.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How documents are extracted: how many threads, and how long one document may take. */
final class ThreadOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: one per core). The output does not depend on it.")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
    }
    threads = n;
  }

  int threads() {
    return threads;
  }

  @Option(
      names = "--document-timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description =
          "A document that takes longer to extract is reported and skipped (default:"
              + " ${DEFAULT-VALUE}).")
  java.time.Duration documentTimeout;
}
