package org.w3id.kamergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Runnable {
  @Override
  public void run() {}
}
