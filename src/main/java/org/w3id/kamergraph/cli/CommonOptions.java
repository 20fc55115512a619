package org.w3id.kamergraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every subcommand has. */
final class CommonOptions {
  boolean verbose;

  @Option(
      names = {"-v", "--verbose"},
      description = "Say more: progress per file, and stack traces with errors.")
  void verbose(boolean v) {
    verbose = v;
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ours = (Logger) LoggerFactory.getLogger("org.w3id.kamergraph");
    ours.setLevel(v ? Level.DEBUG : Level.INFO);
    if (v) {
      root.setLevel(Level.INFO);
    }
    LibraryWarnings.installed().passThrough(v);
  }
}
