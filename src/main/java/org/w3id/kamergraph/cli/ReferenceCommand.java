package org.w3id.kamergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kamergraph reference …}: reference data from outside sources. */
@Command(
    name = "reference",
    mixinStandardHelpOptions = true,
    description = "Import reference data from outside sources into the store.",
    subcommands = {ImportTkCommand.class})
final class ReferenceCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
