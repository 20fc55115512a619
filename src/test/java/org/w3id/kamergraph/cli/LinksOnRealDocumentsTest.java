package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.link.SparqlMemberLinker;
import org.w3id.kamergraph.link.SparqlZaakLinker;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The links a build and a TK import leave in a store of real documents (the examples and the
 * development corpus) are exactly those the earlier SPARQL formulation of the linkers computes.
 */
class LinksOnRealDocumentsTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path CORPUS = BASE.resolve("../shared/corpus");

  @TempDir Path tmp;

  @Test
  void linksEqualTheSparqlFormulation() throws IOException {
    assumeTrue(
        Files.isDirectory(CORPUS),
        "skipped: ../shared/corpus (the development corpus) is not beside the repository");
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> s = Stream.concat(Files.list(BASE.resolve("examples")), Files.list(CORPUS))) {
      for (Path p :
          s.filter(p -> !p.toString().endsWith(".json") && !p.endsWith("README.md")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    String db = tmp.resolve("db").toString();
    assertThat(CliTest.run("build", in.toString(), "--db", db).exit()).isZero();
    assertThat(
            CliTest.run(
                    "reference",
                    "import-tk",
                    ImportTkCommandTest.OPENDATA.resolve("export").toString(),
                    "--db",
                    db)
                .exit())
        .isZero();
    try (TdbStore store = TdbStore.open(Path.of(db))) {
      Txn.executeRead(
          store.dataset(),
          () -> {
            Graph zaken = graph(store, TestBuilds.ZAAK_LINKS);
            Graph leden = graph(store, TestBuilds.MEMBER_LINKS);
            assertThat(zaken.isIsomorphicWith(SparqlZaakLinker.compute(store.dataset()))).isTrue();
            assertThat(leden.isIsomorphicWith(SparqlMemberLinker.compute(store.dataset())))
                .isTrue();
            // these documents name their zaken themselves (so the zaak graph may be empty);
            // ZaakLinksBuildTest and LinkingTest pin derived zaken
            assertThat(leden.size()).isPositive();
          });
    }
  }

  private static Graph graph(TdbStore store, String iri) {
    return store.dataset().getGraph(NodeFactory.createURI(iri));
  }
}
