package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.rdf.KG;

/**
 * The snapshot of stored hashes saves a rebuild from reading them out of the store, and is trusted
 * for nothing but the exact state of the store it was written for.
 */
class StoredHashSnapshotTest {
  static final Path EXAMPLES = BuildIdempotencyTest.EXAMPLES;
  static final String DOC = BuildIdempotencyTest.DOC;
  static final String ONE = DOC + "ah-tk-20222023-9903";
  static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void aBuildLeavesASnapshotOfWhatTheStoreHolds() {
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES)); // first build: the bulk path
      Map<String, String> snapshot = StoredHashSnapshot.read(db).orElseThrow();
      assertThat(snapshot).hasSize(5).containsKey(ONE);
      assertThat(snapshot).isEqualTo(hashesInStore(store));

      Build.Report again = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(again.unchanged()).isEqualTo(5);
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  @Test
  void aRebuildReadsTheSnapshotInsteadOfTheStore() throws IOException {
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      // a snapshot saying one document was built from other bytes, for the store as it is: only a
      // build that reads the snapshot rebuilds that document
      rewriteHash(db, ONE, "0".repeat(64));
      Build.Report report = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(report.replaced()).isEqualTo(1);
      assertThat(report.unchanged()).isEqualTo(4);
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  @Test
  void aWriteOutsideTheBuildMakesTheSnapshotUntrusted() {
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(StoredHashSnapshot.read(db)).isPresent();
      // another program drops a document graph: the snapshot still lists it
      Txn.executeWrite(store.dataset(), () -> store.dataset().removeGraph(node(ONE)));
      assertThat(StoredHashSnapshot.read(db)).isEmpty();

      Build.Report report = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(report.added()).as("the dropped graph is built again").isEqualTo(1);
      assertThat(report.unchanged()).isEqualTo(4);
      assertThat(hashesInStore(store)).containsKey(ONE);
    }
  }

  @Test
  void aCompactedStoreIsReadAgain() {
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      Optional<String> before = StoredHashSnapshot.state(db);
      store.compact();
      assertThat(StoredHashSnapshot.state(db)).isPresent().isNotEqualTo(before);
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      Build.Report report = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(report.unchanged()).isEqualTo(5);
      assertThat(StoredHashSnapshot.read(db)).isPresent();
    }
  }

  @Test
  void aDamagedOrForeignSnapshotIsIgnored() throws IOException {
    Path db = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      Path file = db.resolve(StoredHashSnapshot.FILE);
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Files.write(file, List.of(lines.get(0), lines.get(1), "half a line"));
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      Files.write(file, List.of("Data-0001 GSPO=00", lines.get(1)));
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
      assertThat(StoredHashSnapshot.read(db)).isEmpty();

      Build.Report report = TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      assertThat(report.unchanged()).isEqualTo(5);
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  @Test
  void aFolderThatIsNotAStoreHasNoState() throws IOException {
    assertThat(StoredHashSnapshot.state(tmp)).isEmpty();
    Files.createDirectories(tmp.resolve("Data-0001"));
    assertThat(StoredHashSnapshot.state(tmp)).isEmpty();
    StoredHashSnapshot.write(tmp, Map.of(ONE, "abc"));
    assertThat(tmp.resolve(StoredHashSnapshot.FILE)).doesNotExist();
    assertThat(StoredHashSnapshot.read(tmp)).isEmpty();
  }

  @Test
  void buildingAFewFilesLeavesTheNextFullBuildCorrect() throws IOException {
    Path db = tmp.resolve("db");
    Path inputs = tmp.resolve("in");
    Files.createDirectories(inputs);
    try (var files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        Files.copy(f, inputs.resolve(f.getFileName()));
      }
    }
    Path one = inputs.resolve("ah-tk-20222023-9903.txt");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(inputs));
      Files.writeString(
          one, Files.readString(one) + "\nEen regel erbij.\n", StandardCharsets.UTF_8);
      Build.Report few =
          TestBuilds.build(
              pipeline,
              store,
              List.of(one),
              new Build.Options(1, true),
              (f, e) -> {
                throw new AssertionError(f + ": " + e, e);
              });
      assertThat(few.replaced()).isEqualTo(1);
      // looked up one by one: the snapshot of the build before no longer describes the store
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      Build.Report all = TestBuilds.build(pipeline, store, List.of(inputs));
      assertThat(all.unchanged()).isEqualTo(5);
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  private static Map<String, String> hashesInStore(TdbStore store) {
    Map<String, String> out = new HashMap<>();
    Txn.executeRead(
        store.dataset(),
        () ->
            store
                .dataset()
                .find(Node.ANY, Node.ANY, KG.contentHash.asNode(), Node.ANY)
                .forEachRemaining(
                    q -> {
                      if (q.getGraph().equals(q.getSubject())) {
                        out.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
                      }
                    }));
    return out;
  }

  private static void rewriteHash(Path db, String graph, String hash) throws IOException {
    Path file = db.resolve(StoredHashSnapshot.FILE);
    List<String> lines =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(l -> l.startsWith(graph + "\t") ? graph + "\t" + hash : l)
            .toList();
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
