package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;

/**
 * The full-text index of a TDB2 store, real Lucene under real builds of the example documents: what
 * {@code text:query} finds agrees with the store after first loads, changes, removals, an older
 * store without an index, an index left behind by a crash, and compaction.
 */
class TextIndexTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");
  static final String PREFIXES =
      """
      PREFIX text: <http://jena.apache.org/text#>
      PREFIX kg:   <https://w3id.org/kamergraph/def#>
      PREFIX dct:  <http://purl.org/dc/terms/>
      """;

  @TempDir Path tmp;
  Path inputs;
  Path db;

  @BeforeEach
  void copyExamples() throws IOException {
    inputs = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        Files.copy(f, inputs.resolve(f.getFileName()));
      }
    }
    db = tmp.resolve("db");
  }

  private void build() {
    try (TdbStore store = TdbStore.open(db)) {
      TestBuilds.build(Pipeline.standard(), store, List.of(inputs));
    }
  }

  /** The subjects {@code text:query} finds for {@code query} on {@code predicate}'s field. */
  static Set<String> found(TdbStore store, String predicate, String query) {
    return subjects(
        store,
        PREFIXES
            + "SELECT DISTINCT ?s WHERE { (?s ?score ?lit) text:query ("
            + predicate
            + " \""
            + query
            + "\") }");
  }

  /**
   * The subjects whose {@code predicate} literal has {@code word} as a whole word, in any case,
   * read from the store without the index.
   */
  static Set<String> containing(TdbStore store, String predicate, String word) {
    return subjects(
        store,
        PREFIXES
            + "SELECT DISTINCT ?s WHERE { ?s "
            + predicate
            + " ?lit FILTER(REGEX(STR(?lit), \"(^|[^\\\\p{L}])"
            + word
            + "([^\\\\p{L}]|$)\", \"i\")) }");
  }

  private static Set<String> subjects(TdbStore store, String query) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Set<String> out = new TreeSet<>();
          try (QueryExecution qe =
              QueryExecution.create(
                  query, org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("s").getURI()));
          }
          return out;
        });
  }

  @Test
  void aWordFindsItsOtherInflectionsAndWhatContainsIt() {
    build();
    // a first build indexes from a spill file while the loader finishes; the file goes after
    assertThat(db.resolve(DeferredTextIndexing.SPILL)).doesNotExist();
    try (TdbStore store = TdbStore.open(db)) {
      // "vraag" in the query, "vragen" in the text: "Kunt u deze vragen afzonderlijk beantwoorden?"
      Set<String> vragen = containing(store, "kg:text", "vragen");
      assertThat(vragen).isNotEmpty();
      assertThat(found(store, "kg:text", "vraag")).containsAll(vragen);
      assertThat(found(store, "kg:text", "miljoen"))
          .isEqualTo(containing(store, "kg:text", "miljoen"))
          .isNotEmpty();
      // the default field holds every indexed predicate: a title word, a member's name
      assertThat(found(store, "", "verkeersveiligheid"))
          .containsAll(containing(store, "dct:title", "verkeersveiligheid"))
          .isNotEmpty();
      assertThat(found(store, "", "hoekstein"))
          .containsAll(containing(store, "<http://xmlns.com/foaf/0.1/name>", "hoekstein"))
          .isNotEmpty();
    }
  }

  @Test
  void anAbandonedFirstLoadLeavesNeitherEntriesNorItsSpillFile() {
    try (TdbStore store = TdbStore.open(db)) {
      TdbGraphSink sink = new TdbGraphSink(store);
      assertThat(sink.startsEmpty()).isTrue();
      org.apache.jena.graph.Graph g = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
      g.add(
          org.apache.jena.graph.NodeFactory.createURI("https://example.org/q"),
          org.w3id.kamergraph.rdf.KG.text.asNode(),
          org.apache.jena.graph.NodeFactory.createLiteralLang("stikstofuitstoot", "nl"));
      sink.put("https://example.org/g", g);
      assertThat(db.resolve(DeferredTextIndexing.SPILL)).exists();
      sink.abort();
      assertThat(db.resolve(DeferredTextIndexing.SPILL)).doesNotExist();
    }
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(found(store, "kg:text", "stikstofuitstoot")).isEmpty();
    }
  }

  @Test
  void aChangedFileLosesItsOldWordsAndARemovedFileAllItsWords() throws IOException {
    build();
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(found(store, "kg:text", "veghel")).hasSize(1);
      assertThat(found(store, "kg:text", "fietsers")).isNotEmpty();
    }
    Path changed = inputs.resolve("kv-tk-2024Z09902.txt");
    Files.writeString(
        changed,
        Files.readString(changed, StandardCharsets.UTF_8)
            .replace("Bakkerij in Veghel", "Bakkerij in Oisterwijk, geïnformeerd,"),
        StandardCharsets.UTF_8);
    Files.delete(inputs.resolve("kv-tk-2023Z09904.html"));
    build();
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(found(store, "kg:text", "veghel")).isEmpty();
      assertThat(containing(store, "kg:text", "veghel")).isEmpty();
      assertThat(found(store, "kg:text", "oisterwijk"))
          .isEqualTo(containing(store, "kg:text", "oisterwijk"))
          .hasSize(1);
      assertThat(found(store, "kg:text", "geinformeerd"))
          .isEqualTo(found(store, "kg:text", "oisterwijk"));
      assertThat(found(store, "kg:text", "fietsers")).isEmpty();
      assertThat(found(store, "", "verkeersveiligheid")).isEmpty();
    }
  }

  @Test
  void anOlderStoreWithoutAnIndexGetsOneFromTheStore() throws IOException {
    build();
    Set<String> before;
    try (TdbStore store = TdbStore.open(db)) {
      before = found(store, "", "minister");
    }
    assertThat(before).isNotEmpty();
    TextIndex.delete(db);
    assertThat(db.resolve(TextIndex.FOLDER)).doesNotExist();
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(found(store, "", "minister")).isEqualTo(before);
    }
  }

  @Test
  void anIndexLeftBehindByACrashIsRepairedOnTheNextOpen() throws IOException {
    build();
    // the index as it was before the second build, put back as if the build had been killed
    // between the store's commit and the index's
    Path saved = tmp.resolve("saved-index");
    copy(db.resolve(TextIndex.FOLDER), saved);
    Path changed = inputs.resolve("kv-tk-2024Z09902.txt");
    Files.writeString(
        changed,
        Files.readString(changed, StandardCharsets.UTF_8).replace("Veghel", "Oisterwijk"),
        StandardCharsets.UTF_8);
    Files.delete(inputs.resolve("kv-tk-2023Z09904.html"));
    build();
    TextIndex.delete(db);
    copy(saved, db.resolve(TextIndex.FOLDER));
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(found(store, "kg:text", "veghel")).isEmpty();
      assertThat(found(store, "kg:text", "fietsers")).isEmpty();
      assertThat(found(store, "kg:text", "oisterwijk")).hasSize(1);
      assertThat(store.textIndex().orElseThrow().recordedState())
          .isEqualTo(StoredHashSnapshot.state(db));
    }
  }

  @Test
  void compactionKeepsTheIndexCurrent() {
    build();
    try (TdbStore store = TdbStore.open(db)) {
      Set<String> before = found(store, "", "minister");
      store.compact();
      assertThat(store.textIndex().orElseThrow().recordedState())
          .isPresent()
          .isEqualTo(StoredHashSnapshot.state(db));
      assertThat(found(store, "", "minister")).isEqualTo(before).isNotEmpty();
    }
  }

  @Test
  void aStoreOpenedWithoutTheIndexLeavesItToBeRepaired() throws IOException {
    build();
    Path changed = inputs.resolve("kv-tk-2024Z09902.txt");
    Files.writeString(
        changed,
        Files.readString(changed, StandardCharsets.UTF_8).replace("Veghel", "Oisterwijk"),
        StandardCharsets.UTF_8);
    try (TdbStore store = TdbStore.open(db, false)) {
      TestBuilds.build(Pipeline.standard(), store, List.of(inputs));
    }
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(found(store, "kg:text", "veghel")).isEmpty();
      assertThat(found(store, "kg:text", "oisterwijk")).hasSize(1);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }
}
