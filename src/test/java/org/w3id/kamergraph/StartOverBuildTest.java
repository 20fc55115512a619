package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.store.TdbGraphSink;
import org.w3id.kamergraph.store.TdbStore;

/**
 * A build that changes most of a store's documents (as a new version of the extractors does) writes
 * the store anew with the bulk loader into TDB2's next data folder and puts it in place at the end:
 * the store then holds what building in place would have left, including the graphs of documents
 * that could not be built this time, and the old data folder is gone. Abandoned before its commit,
 * it leaves the store as it was.
 */
class StartOverBuildTest {
  static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void mostDocumentsChangedWritesTheStoreAnewWithWhatBuildingInPlaceLeaves() throws IOException {
    Path in = TestBuilds.copyExamples(tmp.resolve("in"));
    List<Path> docs = documentFiles(in);
    assertThat(docs).hasSize(5);
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(in));
      Path conflicted = docs.get(3);
      String conflictedIri =
          pipeline.documentIri(org.w3id.kamergraph.ingest.Ingestor.documentId(conflicted));
      Set<Quad> conflictedBefore = graph(store, conflictedIri);
      Path deleted = docs.get(4);
      // a graph another tool wrote (as reference import-tk does) is no part of what a build writes
      Quad foreign =
          Quad.create(
              org.apache.jena.graph.NodeFactory.createURI("https://example.org/elders"),
              org.apache.jena.graph.NodeFactory.createURI("https://example.org/a"),
              org.apache.jena.graph.NodeFactory.createURI("https://example.org/b"),
              org.apache.jena.graph.NodeFactory.createLiteralString("c"));
      Txn.executeWrite(store.dataset(), () -> store.dataset().add(foreign));

      // three of the four documents left change; the fourth has a rival file of the same id
      for (Path f : docs.subList(0, 3)) {
        Files.writeString(f, Files.readString(f) + "\n\nZie ook Kamerstuk 36 200, nr. 12.\n");
      }
      Path other = Files.createDirectories(tmp.resolve("other"));
      Files.copy(conflicted, other.resolve(conflicted.getFileName()));
      Files.delete(deleted);
      List<String> errors = new ArrayList<>();
      Build.Report r =
          TestBuilds.build(pipeline, store, List.of(in, other), (f, e) -> errors.add(f + ""));

      assertThat(r.replaced()).isEqualTo(3);
      assertThat(r.removed()).isEqualTo(1);
      assertThat(r.failed()).as("the two rival files").isEqualTo(2);
      assertThat(dataFolders(db))
          .as("the store was written into its next data folder (a first build made Data-0002)")
          .containsExactly("Data-0003");
      assertThat(graph(store, foreign.getGraph().getURI()))
          .as("a graph the build does not write is carried over")
          .containsExactly(foreign);
      assertThat(graph(store, conflictedIri))
          .as("the document that could not be built keeps its graph")
          .isEqualTo(conflictedBefore);
      assertThat(TestBuilds.documents(store))
          .doesNotContain(
              pipeline.documentIri(org.w3id.kamergraph.ingest.Ingestor.documentId(deleted)))
          .hasSize(4);

      // what a first build of the same documents gives (the conflicted one as it was)
      Path same = TestBuilds.copyExamples(tmp.resolve("same"));
      for (Path f : docs.subList(0, 3)) {
        Files.copy(
            f, same.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Files.delete(same.resolve(deleted.getFileName()));
      try (TdbStore fresh = TdbStore.open(tmp.resolve("fresh"))) {
        Txn.executeWrite(fresh.dataset(), () -> fresh.dataset().add(foreign));
        TestBuilds.build(pipeline, fresh, List.of(same));
        assertThat(BuildIdempotencyQuads.of(store)).isEqualTo(BuildIdempotencyQuads.of(fresh));
      }
    }
    // reopened: the new folder is the store, and nothing is left to rebuild
    try (TdbStore store = TdbStore.open(db)) {
      Build.Report again = TestBuilds.build(pipeline, store, List.of(in), (f, e) -> {});
      assertThat(again.changed()).isFalse();
      assertThat(TestBuilds.documents(store)).hasSize(4);
    }
  }

  @Test
  void aBuildStartedOverAndAbortedLeavesTheStoreAsItWas() throws IOException {
    Path in = TestBuilds.copyExamples(tmp.resolve("in"));
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(in));
      Set<Quad> before = BuildIdempotencyQuads.of(store);
      try (TdbGraphSink sink = new TdbGraphSink(store)) {
        sink.storedHashes();
        assertThat(sink.startOver(iri -> true)).isTrue();
        sink.put(
            pipeline.documentIri("x"),
            org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        // a first build goes into the next data folder too: Data-0002 is live
        assertThat(dataFolders(db)).containsExactlyInAnyOrder("Data-0002", "Data-0003-tmp");
        sink.abort();
      }
      assertThat(dataFolders(db)).containsExactly("Data-0002");
      assertThat(BuildIdempotencyQuads.of(store)).isEqualTo(before);
    }
  }

  private static List<String> dataFolders(Path db) throws IOException {
    try (Stream<Path> s = Files.list(db)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Data-"))
          .sorted()
          .toList();
    }
  }

  private static Set<Quad> graph(TdbStore store, String iri) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Set<Quad> out = new java.util.HashSet<>();
          Node g = org.apache.jena.graph.NodeFactory.createURI(iri);
          store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
          return out;
        });
  }

  private static List<Path> documentFiles(Path in) throws IOException {
    try (Stream<Path> s = Files.list(in)) {
      return s.filter(p -> p.getFileName().toString().matches("[^.]+\\.(txt|md|html|xml|pdf)$"))
          .filter(p -> !p.getFileName().toString().startsWith("README"))
          .filter(p -> !p.getFileName().toString().endsWith(".metadata.xml"))
          .sorted()
          .toList();
    }
  }
}
