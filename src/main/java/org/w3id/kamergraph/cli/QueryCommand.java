package org.w3id.kamergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "query", mixinStandardHelpOptions = true)
final class QueryCommand implements Runnable {
  @Override
  public void run() {}
}
