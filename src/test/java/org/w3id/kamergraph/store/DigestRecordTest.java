package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.rdf.GraphDigest;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * A build knows the reference graphs are unchanged from the digests it recorded, without reading
 * them back; it reads them back, and repairs them, when the server recorded a write to them, when
 * asked to verify, and when the record is missing or stale.
 */
class DigestRecordTest {
  static final Path EXAMPLES = BuildIdempotencyTest.EXAMPLES;
  static final Node PERSONS = NodeFactory.createURI(ReferenceData.PERSONS_GRAPH);
  static final Quad FORGED =
      Quad.create(
          PERSONS,
          NodeFactory.createURI("https://w3id.org/kamergraph/id/persoon/verzonnen"),
          NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
          NodeFactory.createLiteralString("Verzonnen"));
  static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void aBuildRecordsTheDigestOfEveryReferenceGraph() {
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      Map<String, Graph> wanted = pipeline.reference().graphs();
      Txn.executeRead(
          store.dataset(),
          () -> {
            assertThat(store.dataset().getGraph(DigestRecord.GRAPH_NODE).size())
                .isEqualTo(wanted.size());
            wanted.forEach(
                (iri, g) ->
                    assertThat(DigestRecord.read(store.dataset(), iri))
                        .as(iri)
                        .contains(GraphDigest.of(g)));
          });
    }
  }

  @Test
  void aRecordedDigestIsTrustedAsAStoredHashIsUnlessVerifying() {
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      // a change no build and no server made: trusted, as a document's stored hash is
      Txn.executeWrite(store.dataset(), () -> store.dataset().add(FORGED));
      Build.Report trusting = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(trusting.referenceGraphsChanged()).isZero();
      assertThat(holdsForged(store)).isTrue();

      Build.Report verifying =
          TestBuilds.build(pipeline, store, List.of(EXAMPLES), verify(), (f, e) -> {});
      assertThat(verifying.referenceGraphsChanged()).isEqualTo(1);
      assertThat(holdsForged(store)).isFalse();
      assertThat(sameAsWanted(store)).isTrue();
    }
  }

  @Test
  void aReferenceGraphWrittenThroughTheServerIsComparedAndRepaired() {
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      Txn.executeWrite(
          store.dataset(),
          () -> {
            store.dataset().add(FORGED);
            OutsideWrites.record(store.dataset(), List.of(PERSONS));
          });
      Build.Report r = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(r.referenceGraphsChanged()).isEqualTo(1);
      assertThat(holdsForged(store)).isFalse();
      assertThat(sameAsWanted(store)).isTrue();
    }
  }

  @Test
  void aMissingOrStaleRecordIsWrittenAfterComparingTheGraphs() {
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      // a store written before the record existed, and one whose record is stale
      Txn.executeWrite(
          store.dataset(),
          () -> {
            store.dataset().removeGraph(DigestRecord.GRAPH_NODE);
            DigestRecord.write(store.dataset(), ReferenceData.PARTIES_GRAPH, "0".repeat(32));
          });
      Build.Report r = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(r.referenceGraphsChanged()).isZero(); // the graphs themselves are the same
      Txn.executeRead(
          store.dataset(),
          () ->
              pipeline
                  .reference()
                  .graphs()
                  .forEach(
                      (iri, g) ->
                          assertThat(DigestRecord.read(store.dataset(), iri))
                              .as(iri)
                              .isEqualTo(Optional.of(GraphDigest.of(g)))));
    }
  }

  private static Build.Options verify() {
    Build.Options d = Build.Options.defaults();
    return new Build.Options(d.threads(), d.keepMissing(), d.documentTimeout(), true);
  }

  private static boolean holdsForged(TdbStore store) {
    return Txn.calculateRead(store.dataset(), () -> store.dataset().contains(FORGED));
  }

  private static boolean sameAsWanted(TdbStore store) {
    Graph wanted = pipeline.reference().graphs().get(ReferenceData.PERSONS_GRAPH);
    return Txn.calculateRead(
        store.dataset(), () -> SameGraph.same(store.dataset().getGraph(PERSONS), wanted));
  }
}
