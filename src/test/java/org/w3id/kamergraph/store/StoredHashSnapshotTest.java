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
    Path inputs = TestBuilds.copyExamples(tmp.resolve("in"));
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(inputs));
      Build.Report few = changeAndBuildFew(store, inputs.resolve("ah-tk-20222023-9903.txt"));
      assertThat(few.replaced()).isEqualTo(1);
      // looked up one by one, and the change journalled: the snapshot still describes the store
      assertThat(db.resolve(StoredHashSnapshot.JOURNAL)).exists();
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
      Build.Report all = TestBuilds.build(pipeline, store, List.of(inputs));
      assertThat(all.unchanged()).isEqualTo(5);
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  @Test
  void theJournalChainsSmallBuildsAndAnythingElseBreaksIt() throws IOException {
    Path db = tmp.resolve("db");
    Path inputs = TestBuilds.copyExamples(tmp.resolve("in"));
    Path one = inputs.resolve("ah-tk-20222023-9903.txt");
    Path other = inputs.resolve("kv-tk-2024Z09902.txt");
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(pipeline, store, List.of(inputs));
      for (Path f : List.of(one, other, one)) {
        assertThat(changeAndBuildFew(store, f).replaced()).isEqualTo(1);
      }
      assertThat(Files.readAllLines(db.resolve(StoredHashSnapshot.JOURNAL)))
          .filteredOn(l -> l.equals("end"))
          .hasSize(3);
      Map<String, String> chained = StoredHashSnapshot.read(db).orElseThrow();
      assertThat(chained).isEqualTo(hashesInStore(store));
      // a build that read the chained snapshot: nothing to rebuild, the rest was left as it was
      Build.Report all = TestBuilds.build(pipeline, store, List.of(inputs));
      assertThat(all.unchanged()).isEqualTo(5);

      // a write outside builds: the chain ends at the state before it, which is not the store's
      changeAndBuildFew(store, one);
      Txn.executeWrite(store.dataset(), () -> store.dataset().removeGraph(node(ONE)));
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      Build.Report again = TestBuilds.build(pipeline, store, List.of(inputs));
      assertThat(again.added()).as("the dropped graph is built again").isEqualTo(1);
      assertThat(db.resolve(StoredHashSnapshot.JOURNAL))
          .as("writing the snapshot anew removes the journal")
          .doesNotExist();
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  @Test
  void aTornOrDamagedJournalEntryIsNotTrusted() throws IOException {
    Path db = tmp.resolve("db");
    Path inputs = TestBuilds.copyExamples(tmp.resolve("in"));
    try (TdbStore store = TdbStore.open(db)) {
      Path journal = builtThenOneFileChanged(store, inputs);
      List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
      assertThat(StoredHashSnapshot.read(db)).isPresent();
      // a build killed while appending: the entry has no end
      Files.write(journal, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      // a change line that is not one
      List<String> damaged = new java.util.ArrayList<>(lines);
      damaged.add(2, "put\tno hash");
      Files.write(journal, damaged, StandardCharsets.UTF_8);
      assertThat(StoredHashSnapshot.read(db)).isEmpty();
      Files.write(journal, lines, StandardCharsets.UTF_8);
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  @Test
  void aLongJournalIsFoldedIntoTheSnapshot() throws IOException {
    Path db = tmp.resolve("db");
    Path inputs = TestBuilds.copyExamples(tmp.resolve("in"));
    try (TdbStore store = TdbStore.open(db)) {
      Path journal = builtThenOneFileChanged(store, inputs);
      // entries that do not follow on from the state reached end the chain there, unapplied
      String stray = "from\tData-0000 stray\nto\tData-0000 elsewhere\nend\n";
      Files.writeString(
          journal,
          stray.repeat((int) (StoredHashSnapshot.LONG_JOURNAL_BYTES / stray.length()) + 1),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      assertThat(StoredHashSnapshot.journalIsLong(db)).isTrue();
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
      assertThat(TestBuilds.build(pipeline, store, List.of(inputs)).unchanged()).isEqualTo(5);
      assertThat(journal).doesNotExist();
      assertThat(StoredHashSnapshot.read(db).orElseThrow()).isEqualTo(hashesInStore(store));
    }
  }

  /** A build of {@code inputs}, then one of them changed and built alone; the journal's path. */
  private static Path builtThenOneFileChanged(TdbStore store, Path inputs) throws IOException {
    TestBuilds.build(pipeline, store, List.of(inputs));
    changeAndBuildFew(store, inputs.resolve("ah-tk-20222023-9903.txt"));
    return store.location().resolve(StoredHashSnapshot.JOURNAL);
  }

  /** Adds a line to {@code file} and builds it alone, keeping the rest of the store. */
  private static Build.Report changeAndBuildFew(TdbStore store, Path file) throws IOException {
    Files.writeString(file, Files.readString(file) + "\nNog een regel.\n", StandardCharsets.UTF_8);
    return TestBuilds.build(
        pipeline,
        store,
        List.of(file),
        new Build.Options(1, true),
        (f, e) -> {
          throw new AssertionError(f + ": " + e, e);
        });
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
