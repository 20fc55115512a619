package org.w3id.kamergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamergraph link [--db DIR] [FILE...]}: loads shards into an empty store, then recomputes
 * the derived graphs (zaak and member links) over the whole store, for a store loaded by other
 * means (N-Quads of shards extracted elsewhere, loaded here or with Jena's {@code tdb2.tdbloader}).
 */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Put the built-in reference graphs in place and recompute the zaak and member links over the"
          + " whole store.",
      "For a store loaded with other tools (shards extracted elsewhere, loaded with tdb2.tdbloader);"
          + " build and reference import-tk keep the links up to date themselves."
    })
final class LinkCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "N-Quads or TriG files (shards written by extract) to load first into an empty store,"
              + " as a first build loads: all of them or none.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    try (TdbStore tdb = TdbStore.open(store.db)) {
      if (!files.isEmpty()) {
        long quads = tdb.bulkLoad(files);
        spec.commandLine().getErr().printf("%d quads loaded from %d files%n", quads, files.size());
      }
      // shards each carry the reference graphs; loaded together their blank nodes (a ministry's
      // names over time) are doubled, so the built-in graphs replace whatever was loaded
      tdb.replaceReference(ReferenceData.load().graphs());
      Map<String, Long> sizes = tdb.relink();
      sizes.forEach((g, n) -> spec.commandLine().getErr().printf("%s: %d triples%n", g, n));
      spec.commandLine().getErr().flush();
    }
    return ExitCodes.OK;
  }
}
