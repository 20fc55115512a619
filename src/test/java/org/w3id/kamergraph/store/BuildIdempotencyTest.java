package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * Building the store is idempotent and replaces exactly what changed: a rebuild of the same files
 * writes nothing and leaves the same quads; an edited file replaces only its own graph; a file that
 * now fails keeps its previous graph.
 */
class BuildIdempotencyTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");
  static final String DOC = "https://w3id.org/kamergraph/id/document/";
  static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void buildingTwiceAddsNothingAndKeepsTheSameQuads() {
    List<String> failures = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report first =
          TestBuilds.build(
              pipeline, store, List.of(EXAMPLES), (f, e) -> failures.add(f + ": " + e));
      assertThat(failures).isEmpty();
      assertThat(counts(first)).containsExactly(5, 0, 0, 0, 0, 3);
      Set<Quad> before = quads(store);
      Map<String, Graph> graphsBefore = graphs(store);
      assertThat(graphsBefore.keySet())
          .contains(ReferenceData.MINISTRIES_GRAPH, ReferenceData.PARTIES_GRAPH)
          .contains(ReferenceData.PERSONS_GRAPH)
          .contains(Linking.zaakGraph(), Linking.statisticsGraph())
          .contains(DigestRecord.GRAPH, Linking.membershipGraph())
          .hasSize(12);

      Build.Report second =
          TestBuilds.build(
              pipeline, store, List.of(EXAMPLES), (f, e) -> failures.add(f + ": " + e));
      assertThat(failures).isEmpty();
      assertThat(counts(second)).containsExactly(0, 0, 5, 0, 0, 0);
      assertThat(quads(store)).isEqualTo(before);
      assertIsomorphic(graphs(store), graphsBefore);
    }
  }

  @Test
  void aSecondStoreBuiltFromScratchHoldsTheSameGraphs() {
    Map<String, Graph> a;
    Map<String, Graph> b;
    try (TdbStore store = TdbStore.open(tmp.resolve("a"))) {
      TestBuilds.build(pipeline, store, List.of(EXAMPLES));
      a = graphs(store);
    }
    try (TdbStore store = TdbStore.open(tmp.resolve("b"))) {
      TestBuilds.build(Pipeline.standard(), store, List.of(EXAMPLES));
      b = graphs(store);
    }
    assertIsomorphic(b, a);
  }

  @Test
  void anEditedFileReplacesExactlyItsOwnGraph() throws IOException {
    Path in = copyExamples();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(pipeline, store, List.of(in));
      Map<String, Set<Quad>> before = quadsByGraph(store);

      Path edited = in.resolve("kv-tk-2024Z09902.txt");
      String text = Files.readString(edited, StandardCharsets.UTF_8);
      Files.writeString(
          edited, text.replace("Hoekstein (VVD)", "Hoekstein (SP)"), StandardCharsets.UTF_8);

      Build.Report r = TestBuilds.build(pipeline, store, List.of(in));
      assertThat(counts(r)).containsExactly(0, 1, 4, 0, 0, 0);

      Map<String, Set<Quad>> after = quadsByGraph(store);
      assertThat(after.keySet()).isEqualTo(before.keySet());
      String changed = DOC + "kv-tk-2024Z09902";
      for (String g : before.keySet()) {
        if (g.equals(changed)
            || g.equals(Linking.statisticsGraph())
            || g.equals(Linking.membershipGraph())) {
          // the statistics and memberships add up what documents say: its asker changed party
          assertThat(after.get(g)).as(g).isNotEqualTo(before.get(g));
        } else {
          assertThat(after.get(g)).as("untouched graph " + g).isEqualTo(before.get(g));
        }
      }
      String quadsText = after.get(changed).toString();
      // one person whatever the party: the membership the document attests changed
      assertThat(quadsText)
          .contains("persoon/hoekstein/tk2023/lid")
          .contains("partij/sp")
          .doesNotContain("partij/vvd");
    }
  }

  @Test
  void aFileThatNowFailsKeepsItsPreviousGraph() throws IOException {
    Path in = copyExamples();
    // an official XML document sorted into the middle of the batch
    Path xml = in.resolve("ah-tk-20232024-9950.xml");
    try (InputStream res =
        getClass().getResourceAsStream("/org/w3id/kamergraph/ingest/kamervragen-fictief.xml")) {
      assertThat(res).isNotNull();
      Files.write(xml, res.readAllBytes());
    }
    List<Path> failed = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report first = TestBuilds.build(pipeline, store, List.of(in), (f, e) -> failed.add(f));
      assertThat(failed).isEmpty();
      assertThat(first.added()).isEqualTo(6);
      Map<String, Set<Quad>> before = quadsByGraph(store);
      String xmlGraph = DOC + "ah-tk-20232024-9950";
      assertThat(before).containsKey(xmlGraph);
      assertThat(before.get(xmlGraph)).isNotEmpty();

      Files.write(
          xml,
          new byte[] {'<', '?', 'x', 'm', 'l', 0, (byte) 0xff, (byte) 0xfe, '<', 'a', '>', 0x1b});
      List<Throwable> reasons = new ArrayList<>();
      Build.Report second =
          TestBuilds.build(
              pipeline,
              store,
              List.of(in),
              (f, e) -> {
                failed.add(f);
                reasons.add(e);
              });

      assertThat(counts(second)).containsExactly(0, 0, 5, 0, 1, 0);
      assertThat(failed).containsExactly(xml);
      assertThat(reasons.get(0).getMessage()).contains(xml.getFileName().toString());
      assertThat(quadsByGraph(store)).isEqualTo(before);
    }
  }

  /** added, replaced, unchanged, removed, failed, reference graphs changed */
  static List<Integer> counts(Build.Report r) {
    return List.of(
        r.added(),
        r.replaced(),
        r.unchanged(),
        r.removed(),
        r.failed(),
        r.referenceGraphsChanged());
  }

  private Path copyExamples() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      for (Path p : s.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    return in;
  }

  static Set<Quad> quads(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Set<Quad> out = new HashSet<>();
          store.dataset().find().forEachRemaining(out::add);
          return out;
        });
  }

  static Map<String, Set<Quad>> quadsByGraph(TdbStore store) {
    Map<String, Set<Quad>> out = new LinkedHashMap<>();
    for (Quad q : quads(store)) {
      out.computeIfAbsent(q.getGraph().getURI(), k -> new HashSet<>()).add(q);
    }
    return out;
  }

  /** Copies of the named graphs, by IRI, readable outside the transaction. */
  static Map<String, Graph> graphs(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Map<String, Graph> out = new LinkedHashMap<>();
          List<Node> names = new ArrayList<>();
          store.dataset().listGraphNodes().forEachRemaining(names::add);
          for (Node n : names) {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(n).find().forEachRemaining(copy::add);
            out.put(n.getURI(), copy);
          }
          return out;
        });
  }

  static void assertIsomorphic(Map<String, Graph> actual, Map<String, Graph> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String g : expected.keySet()) {
      assertThat(actual.get(g).isIsomorphicWith(expected.get(g)))
          .as("graph %s is isomorphic", g)
          .isTrue();
    }
  }
}
