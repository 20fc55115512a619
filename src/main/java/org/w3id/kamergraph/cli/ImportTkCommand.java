package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.TkImporter;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph reference import-tk FILE|DIR... [--db DIR]}. */
@Command(
    name = "import-tk",
    mixinStandardHelpOptions = true,
    description = {
      "Import saved Tweede Kamer open data and link the documents' members to its persons.",
      "Reads OData JSON pages and SyncFeed Atom XML of Persoon, Fractie, FractieZetel,",
      "FractieZetelPersoon and Zaak into the graph …/id/graph/tk, replaced as a whole."
    })
final class ImportTkCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Saved pages (.json, .xml) or folders holding them; nothing is fetched.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TkImporter.Report r;
    try (TdbStore tdb = TdbStore.open(store.db);
        Progress progress = Progress.of("import-tk", "files", err, common.verbose)) {
      r =
          new TkImporter(ReferenceData.load(), tdb)
              .importFiles(
                  inputs,
                  (file, failed, done, total) ->
                      progress.step(file.toString(), failed ? "failed" : "read", done, total));
    }
    for (InputException e : r.failures()) {
      err.println("kamergraph: " + e.getMessage());
    }
    for (String w : r.warnings()) {
      err.println("warning: " + w);
    }
    r.readPerEntitySet().forEach((set, n) -> err.printf("%s: %d read%n", set, n));
    err.printf(
        "%s: %d persons, %d fracties (%d matched to a party), %d memberships, %d deleted records"
            + " dropped; graph %s; %d members linked; %d files failed%n",
        store.db,
        r.persons(),
        r.fracties(),
        r.partyLinks(),
        r.memberships(),
        r.deleted(),
        r.changed() ? "replaced" : "unchanged",
        r.memberLinks(),
        r.failures().size());
    err.flush();
    return r.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
