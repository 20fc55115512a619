package org.w3id.kamergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.store.EndpointGraphSink;
import org.w3id.kamergraph.store.SparqlEndpoint;
import org.w3id.kamergraph.store.TdbGraphSink;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamergraph build INPUT... [--db DIR | --endpoint URL]}: extract and load into TDB2 or a
 * standalone SPARQL server.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Extract documents and load them into a TDB2 store, one named graph per document.",
      "The store mirrors the inputs: new and changed documents are (re)built, unchanged ones skipped,"
          + " documents whose files are gone removed (--keep-missing keeps them).",
      "The whole build is one transaction: a reader, or a build that is killed, sees the store"
          + " before or after it, never in between.",
      "With --endpoint, writes to a standalone Fuseki instead: each document graph whole, new ones in"
          + " bulk; a build that was interrupted is completed by running it again."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;
  @Mixin BuildOptions build;
  @Mixin EndpointOptions endpoint;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders (.txt .md .html .htm .pdf .xml).")
  List<Path> inputs;

  @Option(
      names = "--compact",
      description =
          "Compact the store afterwards: TDB2 is copy-on-write and keeps old blocks until compacted.")
  boolean compact;

  @Option(
      names = "--no-text-index",
      description =
          "Do not keep the full-text index up to date during this build (it stays as it was; the"
              + " next command that opens the store with it brings it up to date from the store).")
  boolean noTextIndex;

  @Override
  public Integer call() {
    Build.Options options = build.toOptions();
    if (endpoint.isSet()) {
      for (String local : List.of("--db", "--compact", "--no-text-index")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(local)) {
          throw new ParameterException(
              spec.commandLine(), "--endpoint writes to a server: " + local + " does not apply");
        }
      }
      SparqlEndpoint server = endpoint.endpoint(spec);
      try (EndpointGraphSink sink = new EndpointGraphSink(server)) {
        Build.Report report =
            BuildRun.run(spec.commandLine().getErr(), common.verbose, options, inputs, sink);
        return report.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
      }
    }
    try (TdbStore tdb = TdbStore.open(store.db, !noTextIndex)) {
      Build.Report report = load(spec.commandLine().getErr(), common.verbose, options, tdb, inputs);
      if (compact) {
        tdb.compact();
      }
      return report.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  /** Builds inputs into the store and prints what happened; shared with {@code serve}. */
  static Build.Report load(
      java.io.PrintWriter err,
      boolean verbose,
      Build.Options options,
      TdbStore tdb,
      List<Path> inputs) {
    try (TdbGraphSink sink = new TdbGraphSink(tdb)) {
      return BuildRun.run(err, verbose, options, inputs, sink);
    }
  }
}
