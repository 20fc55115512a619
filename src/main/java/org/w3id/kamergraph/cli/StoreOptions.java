package org.w3id.kamergraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the TDB2 store is. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = "data/tdb2",
      description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
  Path db;
}
