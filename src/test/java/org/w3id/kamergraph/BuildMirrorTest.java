package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbStore;

/**
 * A build mirrors its inputs: a document whose file is gone leaves the store (with its links)
 * unless the build keeps missing documents; a document in two formats is built once, from the
 * better format; two files of one rank with one id are an error naming both, and the store keeps
 * what it had for that id.
 */
class BuildMirrorTest {
  static final String DOC = KG.ID + "document/";
  static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void aDeletedFileLeavesTheStoreWithItsLinksUnlessMissingDocumentsAreKept() throws IOException {
    Path in = copyExamples();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(in));
      assertThat(documents(store)).hasSize(5).contains(DOC + "kv-tk-2024Z09902");
      int links = TestBuilds.zaakLinks(store);

      Files.delete(in.resolve("kv-tk-2024Z09902.txt"));
      Build.Options keep = new Build.Options(2, true);
      Build.Report kept =
          TestBuilds.build(
              pipeline,
              store,
              List.of(in),
              keep,
              (f, e) -> {
                throw new AssertionError(e);
              });
      assertThat(kept.removed()).isZero();
      assertThat(kept.changed()).isFalse();
      assertThat(documents(store)).hasSize(5);

      Build.Report mirrored = TestBuilds.build(pipeline, store, List.of(in));
      assertThat(mirrored.removed()).isEqualTo(1);
      assertThat(mirrored.unchanged()).isEqualTo(4);
      assertThat(documents(store)).hasSize(4).doesNotContain(DOC + "kv-tk-2024Z09902");
      assertThat(subjectsIn(store, DOC + "kv-tk-2024Z09902"))
          .as("nothing of the document is left in any graph")
          .isEmpty();
      assertThat(TestBuilds.zaakLinks(store)).isLessThanOrEqualTo(links);

      // and a full rebuild of what is left gives the same store
      try (TdbStore fresh = TdbStore.open(tmp.resolve("fresh"))) {
        TestBuilds.build(pipeline, fresh, List.of(in));
        assertThat(BuildIdempotencyQuads.of(store)).isEqualTo(BuildIdempotencyQuads.of(fresh));
      }
    }
  }

  /**
   * A first build reads each file once, when it extracts it (no fingerprinting pass ahead), and
   * remembers what it read: the next build trusts the file's unchanged size and time, so a file
   * whose bytes changed behind an unchanged size and time is, as in git, not read again.
   */
  @Test
  void aFirstBuildRemembersTheFingerprintsItReadWhileExtracting() throws IOException {
    Path in = copyExamples();
    java.nio.file.attribute.FileTime old =
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-01-01T00:00:00Z"));
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.toList();
    }
    for (Path f : files) {
      Files.setLastModifiedTime(f, old);
    }
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report first = TestBuilds.build(pipeline, store, List.of(in));
      assertThat(first.added()).isEqualTo(5);
      Path cache = tmp.resolve("db").resolve("kamergraph-fingerprints.tsv");
      assertThat(Files.readAllLines(cache)).hasSize(5);

      Path doc = in.resolve("ah-tk-20232024-9901.txt");
      String text = Files.readString(doc);
      Files.writeString(doc, text.replace("Vraag 5", "Vraag 6"));
      Files.setLastModifiedTime(doc, old);
      Build.Report second = TestBuilds.build(pipeline, store, List.of(in));
      assertThat(second.unchanged()).as("trusted to the remembered fingerprints").isEqualTo(5);

      Files.setLastModifiedTime(
          doc,
          java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-01-02T00:00:00Z")));
      Build.Report third = TestBuilds.build(pipeline, store, List.of(in));
      assertThat(third.replaced()).isEqualTo(1);
      assertThat(third.unchanged()).isEqualTo(4);
    }
  }

  /**
   * Building just the changed file into a large store ({@code --keep-missing FILE}): only that
   * document's hash is looked up, the rest of the store stays, and the links are brought up to date
   * as a full build would leave them.
   */
  @Test
  void oneChangedFileBuiltAloneWithTheRestKeptGivesTheStoreAFullBuildGives() throws IOException {
    Path in = copyExamples();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(in));
      Path changed = in.resolve("ah-tk-20232024-9901.txt");
      Files.writeString(
          changed, Files.readString(changed).replace("Vraag 5", "Vraag 5 (gewijzigd)"));
      Build.Report one =
          TestBuilds.build(
              pipeline,
              store,
              List.of(changed),
              new Build.Options(2, true),
              (f, e) -> {
                throw new AssertionError(e);
              });
      assertThat(one.replaced()).isEqualTo(1);
      assertThat(one.unchanged()).isZero();
      assertThat(one.removed()).isZero();
      assertThat(one.fullRelink()).isFalse();
      assertThat(documents(store)).hasSize(5);
      try (TdbStore fresh = TdbStore.open(tmp.resolve("fresh"))) {
        TestBuilds.build(pipeline, fresh, List.of(in));
        assertThat(BuildIdempotencyQuads.of(store)).isEqualTo(BuildIdempotencyQuads.of(fresh));
      }
    }
  }

  @Test
  void aDocumentInTwoFormatsIsBuiltFromTheBetterOneAndTheOtherIsReported() throws IOException {
    Path in = copyExamples();
    // the same document as Markdown and as plain text: Markdown keeps more structure
    Files.copy(in.resolve("ah-tk-20242025-9905.md"), in.resolve("ah-tk-20242025-9905.txt"));
    TestBuilds.Recorder recorder = new TestBuilds.Recorder();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report r = TestBuilds.build(pipeline, store, List.of(in), recorder);
      assertThat(recorder.failures).isEmpty();
      assertThat(r.added()).isEqualTo(5);
      assertThat(recorder.warnings)
          .singleElement()
          .asString()
          .contains("ah-tk-20242025-9905.txt", "ah-tk-20242025-9905.md");
      assertThat(sourceFiles(store)).contains("ah-tk-20242025-9905.md");
    }
    // a rebuild is unchanged, not "replaced" every time
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report again = TestBuilds.build(pipeline, store, List.of(in));
      assertThat(again.unchanged()).isEqualTo(5);
      assertThat(again.changed()).isFalse();
    }
  }

  @Test
  void twoFilesOfOneRankWithOneIdAreAnErrorNamingBothAndTheStoredGraphStays() throws IOException {
    Path in = copyExamples();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(in));
      Set<String> before = subjectsIn(store, DOC + "kv-tk-2024Z09902");
      assertThat(before).isNotEmpty();

      Path other = Files.createDirectories(tmp.resolve("other"));
      Files.copy(in.resolve("kv-tk-2024Z09902.txt"), other.resolve("kv-tk-2024Z09902.txt"));
      List<String> errors = new ArrayList<>();
      Build.Report r =
          TestBuilds.build(
              pipeline, store, List.of(in, other), (f, e) -> errors.add(e.getMessage()));
      assertThat(r.failed()).isEqualTo(2);
      assertThat(r.removed()).as("a conflict is not a deletion").isZero();
      assertThat(errors)
          .hasSize(2)
          .allSatisfy(
              m ->
                  assertThat(m)
                      .contains(in.resolve("kv-tk-2024Z09902.txt").toString())
                      .contains(other.resolve("kv-tk-2024Z09902.txt").toString()));
      assertThat(subjectsIn(store, DOC + "kv-tk-2024Z09902")).isEqualTo(before);
    }
  }

  private Path copyExamples() throws IOException {
    return TestBuilds.copyExamples(tmp.resolve("in"));
  }

  private static Set<String> documents(TdbStore store) {
    return TestBuilds.documents(store);
  }

  private static Set<String> sourceFiles(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Set<String> out = new TreeSet<>();
          store
              .dataset()
              .find(Node.ANY, Node.ANY, KG.sourceFile.asNode(), Node.ANY)
              .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
          return out;
        });
  }

  /** Subjects, in any graph, that are the document or belong to it (questions, mentions, …). */
  private static Set<String> subjectsIn(TdbStore store, String doc) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Set<String> out = new TreeSet<>();
          store
              .dataset()
              .find()
              .forEachRemaining(
                  q -> {
                    if (q.getSubject().isURI()
                        && (q.getSubject().getURI().equals(doc)
                            || q.getSubject().getURI().startsWith(doc + "/"))) {
                      out.add(q.getGraph().getURI() + " " + q.getSubject().getURI());
                    }
                  });
          return out;
        });
  }
}
