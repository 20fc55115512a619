package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import org.w3id.kamergraph.Version;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.TerminalText;
import org.w3id.kamergraph.model.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kamergraph} command line. */
@Command(
    name = "kamergraph",
    // inherited, so 'kamergraph <command> --version' answers as 'kamergraph --version' does
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description =
        "Dutch written parliamentary questions and answers as a knowledge graph, served with SPARQL.",
    subcommands = {
      ExtractCommand.class,
      BuildCommand.class,
      LinkCommand.class,
      HarvestCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      EvaluateCommand.class,
      BenchCommand.class,
      ExplainCommand.class,
      ReferenceCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    // what the parsing libraries said outside a build (explain, evaluate): one line per file
    LibraryWarnings.installed()
        .drain()
        .forEach(
            s ->
                cl.getErr()
                    .println(TerminalText.safe("kamergraph: " + LibraryWarnings.describe(s))));
    cl.getErr().flush();
    System.exit(code);
  }

  /** The command line with kamergraph's exception handling and exit codes; for tests too. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    LibraryWarnings.installed().passThrough(false); // until --verbose says otherwise
    cl.setExecutionExceptionHandler(Main::handle);
    cl.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILURE);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean verbose =
        parsed.hasMatchedOption("--verbose")
            || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
    if (e instanceof KamergraphException) {
      err.println(TerminalText.safe("kamergraph: " + e.getMessage()));
      if (e instanceof UsageException) {
        err.flush();
        return ExitCodes.USAGE;
      }
    } else {
      err.println(TerminalText.safe("kamergraph: unexpected error: " + e));
      if (!verbose) {
        err.println("Run again with --verbose for the stack trace.");
      }
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  /** Prints the version, commit, build time and Jena version Maven stamped into the jar. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return Version.described().toArray(String[]::new);
    }
  }
}
