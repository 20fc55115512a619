package org.w3id.kamergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Runnable {
  @Override
  public void run() {}
}
