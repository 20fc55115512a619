package org.w3id.kamergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Runnable {
  @Override
  public void run() {}
}
