package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.GraphLoader;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph build INPUT... [--db DIR]}: extract and load into TDB2. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Extract documents and load them into a TDB2 store, one named graph per document.",
      "Each document's graph is replaced in one transaction; unchanged documents are skipped."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders (.txt .md .html .htm .pdf .xml).")
  List<Path> inputs;

  @Option(
      names = "--compact",
      description = "Compact the store afterwards (TDB2 grows with every write).")
  boolean compact;

  @Override
  public Integer call() {
    try (TdbStore tdb = TdbStore.open(store.db)) {
      GraphLoader.Report report = load(spec.commandLine().getErr(), common.verbose, tdb, inputs);
      if (compact && report.written() > 0) {
        tdb.compact();
      }
      return report.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  /** Loads inputs and prints what happened; shared with {@code serve}. */
  static GraphLoader.Report load(
      PrintWriter err, boolean verbose, TdbStore tdb, List<Path> inputs) {
    GraphLoader loader = new GraphLoader(Pipeline.standard(), tdb);
    GraphLoader.Report r =
        loader.load(
            inputs,
            (file, e) -> {
              err.println(
                  "kamergraph: "
                      + (e.getMessage() != null && e.getMessage().contains(file.toString())
                          ? e.getMessage()
                          : file + ": " + e));
              if (verbose) {
                e.printStackTrace(err);
              }
            });
    err.printf(
        "%s: %d added, %d replaced, %d unchanged, %d failed; %d zaak links, %d members linked%n",
        tdb.location(),
        r.added(),
        r.replaced(),
        r.unchanged(),
        r.failed(),
        r.zaakLinks(),
        r.memberLinks());
    err.flush();
    return r;
  }
}
