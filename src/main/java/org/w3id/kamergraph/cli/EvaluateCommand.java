package org.w3id.kamergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "evaluate", mixinStandardHelpOptions = true)
final class EvaluateCommand implements Runnable {
  @Override
  public void run() {}
}
