package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * {@code build} into the real standalone Fuseki server, configured as {@code docker/} ships it: the
 * same graphs as a local build, unchanged documents skipped, changes and removals applied, an
 * interrupted build completed by the next, and credentials enforced.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointGraphSinkTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");

  @TempDir static Path tmp;
  static StandaloneFuseki fuseki;
  static Path in;

  @BeforeAll
  static void start() throws Exception {
    fuseki = StandaloneFuseki.start(Files.createDirectories(tmp.resolve("fuseki")));
    in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      for (Path p : s.filter(p -> !p.endsWith("README.md")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
  }

  @AfterAll
  static void stop() {
    if (fuseki != null) {
      fuseki.close();
    }
  }

  private static SparqlEndpoint endpoint(String password) {
    return new SparqlEndpoint(
        fuseki.dataset(),
        Optional.of(new SparqlEndpoint.Credentials(StandaloneFuseki.USER, password)),
        Duration.ofSeconds(60));
  }

  private static Build.Report build(SparqlEndpoint endpoint) {
    try (EndpointGraphSink sink = new EndpointGraphSink(endpoint)) {
      return new Build(Pipeline.standard(), Build.Options.defaults())
          .run(List.of(in), sink, new Build.Listener() {});
    }
  }

  @Test
  @Order(1)
  void aFirstBuildGivesTheGraphsALocalBuildGives() {
    Build.Report r = build(endpoint(StandaloneFuseki.PASSWORD));
    assertThat(r.added()).isEqualTo(5);
    assertThat(r.failed()).isZero();
    assertSameAsLocalBuild();
  }

  @Test
  @Order(2)
  void anUnchangedBuildWritesNothing() {
    Build.Report r = build(endpoint(StandaloneFuseki.PASSWORD));
    assertThat(r.unchanged()).isEqualTo(5);
    assertThat(r.quadsWritten()).isZero();
  }

  @Test
  @Order(3)
  void aChangedAndARemovedDocumentAreAppliedWithTheirLinks() throws IOException {
    Path txt = in.resolve("kv-tk-2024Z09902.txt");
    Files.writeString(txt, Files.readString(txt).replace("Vraag 5", "Vraag 5 (gewijzigd)"));
    Files.delete(in.resolve("ah-tk-20222023-9903.txt"));
    Build.Report r = build(endpoint(StandaloneFuseki.PASSWORD));
    assertThat(r.replaced()).isEqualTo(1);
    assertThat(r.removed()).isEqualTo(1);
    assertThat(r.unchanged()).isEqualTo(3);
    assertSameAsLocalBuild();
  }

  @Test
  @Order(4)
  void anInterruptedBuildIsCompletedByTheNext() {
    SparqlEndpoint e = endpoint(StandaloneFuseki.PASSWORD);
    // as if a build died after its documents and before its links
    e.update(
        "DROP SILENT GRAPH <"
            + TestBuilds.MEMBER_LINKS
            + ">; DROP SILENT GRAPH <"
            + TestBuilds.ZAAK_LINKS
            + ">; INSERT DATA { GRAPH <"
            + EndpointGraphSink.MARKER
            + "> { <"
            + EndpointGraphSink.MARKER
            + "> <http://www.w3.org/ns/prov#startedAtTime> \"2026-01-01T00:00:00Z\" } }");
    Build.Report r = build(e);
    assertThat(r.unchanged()).isEqualTo(4);
    assertThat(r.fullRelink()).isTrue();
    assertSameAsLocalBuild();
    assertThat(remote().keySet()).doesNotContain(EndpointGraphSink.MARKER);
  }

  @Test
  @Order(5)
  void wrongOrMissingCredentialsWriteNothing() throws IOException {
    Files.writeString(
        in.resolve("kv-tk-2024Z09902.txt"), "Vragen van het lid Bos (VVD).\n\nVraag 1\nWaarom?\n");
    Map<String, Graph> before = remote();
    assertThatThrownBy(() -> build(endpoint("wrong")))
        .isInstanceOf(KamergraphException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("refused user 'kamergraph'")
        .hasMessageNotContaining("wrong");
    SparqlEndpoint anonymous =
        new SparqlEndpoint(fuseki.dataset(), Optional.empty(), Duration.ofSeconds(60));
    assertThatThrownBy(() -> build(anonymous))
        .isInstanceOf(KamergraphException.class)
        .hasMessageContaining("wants credentials");
    Map<String, Graph> after = remote();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((g, graph) -> assertThat(after.get(g).isIsomorphicWith(graph)).as(g).isTrue());
  }

  /** The server holds exactly what a local TDB2 build of the same inputs holds. */
  private static void assertSameAsLocalBuild() {
    Map<String, Graph> remote = remote();
    Map<String, Graph> local = new TreeMap<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("local-" + System.nanoTime()))) {
      TestBuilds.build(Pipeline.standard(), store, List.of(in));
      Txn.executeRead(
          store.dataset(),
          () ->
              store
                  .dataset()
                  .find()
                  .forEachRemaining(
                      q ->
                          local
                              .computeIfAbsent(
                                  q.getGraph().getURI(), k -> GraphFactory.createDefaultGraph())
                              .add(q.asTriple())));
    }
    assertThat(remote.keySet()).isEqualTo(local.keySet());
    local.forEach((g, graph) -> assertThat(remote.get(g).isIsomorphicWith(graph)).as(g).isTrue());
  }

  private static Map<String, Graph> remote() {
    Map<String, Graph> out = new TreeMap<>();
    endpoint(StandaloneFuseki.PASSWORD)
        .select(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
            b ->
                out.computeIfAbsent(
                        b.get(Var.alloc("g")).getURI(), k -> GraphFactory.createDefaultGraph())
                    .add(
                        org.apache.jena.graph.Triple.create(
                            b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o")))));
    return out;
  }
}
