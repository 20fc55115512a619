package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first build into an empty store loads through {@link PackedBulkLoad}: every secondary index is
 * sorted and packed outside TDB2's own inserts. Each access pattern (and so each index: GSPO, GPOS,
 * GOSP, SPOG, POSG, OSPG) must answer exactly as an in-memory dataset with the same quads does, and
 * the store must take an ordinary write afterwards and reopen with it. A table too large to sort in
 * the heap allowed falls back to inserts, with the same answers.
 */
class PackedBulkLoadTest {
  @TempDir Path tmp;

  @Test
  void aFirstBuildAnswersEveryPatternAsTheSameQuadsInMemory() {
    Random random = new Random(23);
    DatasetGraph expected = DatasetGraphFactory.createTxnMem();
    Path db = tmp.resolve("db");
    List<Quad> probes = new ArrayList<>();
    try (TdbStore store = TdbStore.open(db, false)) {
      try (TdbGraphSink sink = new TdbGraphSink(store)) {
        assertThat(sink.storedHashes()).isEmpty();
        assertThat(sink.startedEmpty()).isTrue();
        for (int g = 0; g < 60; g++) {
          String iri = "https://example.org/g" + g;
          Graph graph = GraphFactory.createDefaultGraph();
          for (int i = 0; i < 150; i++) {
            Triple t = randomTriple(random);
            graph.add(t);
            Quad q = Quad.create(NodeFactory.createURI(iri), t);
            expected.add(q);
            if (random.nextInt(20) == 0) {
              probes.add(q);
            }
          }
          sink.put(iri, graph);
        }
        sink.commit();
      }
    }
    assertThat(probes).hasSizeGreaterThan(300);
    assertThat(dataFolders(db)).as("loaded into the next data folder").containsExactly("Data-0002");
    try (TdbStore store = TdbStore.open(db, false)) {
      DatasetGraph actual = store.dataset();
      assertAnswersAlike(actual, expected, probes);
      Quad extra =
          Quad.create(
              NodeFactory.createURI("https://example.org/g-later"),
              NodeFactory.createURI("https://example.org/s1"),
              NodeFactory.createURI("https://example.org/p1"),
              NodeFactory.createLiteralString("later"));
      Txn.executeWrite(actual, () -> actual.add(extra));
      expected.add(extra);
    }
    try (TdbStore store = TdbStore.open(db, false)) {
      DatasetGraph actual = store.dataset();
      Node p1 = NodeFactory.createURI("https://example.org/p1");
      Txn.executeRead(
          actual,
          () ->
              assertThat(quads(actual, Node.ANY, Node.ANY, p1, Node.ANY))
                  .as("an ordinary write after the packed load, reopened")
                  .isEqualTo(quads(expected, Node.ANY, Node.ANY, p1, Node.ANY)));
    }
  }

  @Test
  void aTableTooLargeToSortInTheHeapGetsItsIndexesByInsertsAndAnswersAlike() {
    Random random = new Random(29);
    DatasetGraph expected = DatasetGraphFactory.createTxnMem();
    List<Quad> probes = new ArrayList<>();
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("small-heap").toString());
    try {
      Path packed = tmp.resolve("small-heap-packed");
      PackedBulkLoad load = new PackedBulkLoad(TDBInternal.getDatasetGraphTDB(dsg), packed, 0);
      load.start();
      var stream = load.stream();
      for (int i = 0; i < 4_000; i++) {
        Quad q =
            Quad.create(
                NodeFactory.createURI("https://example.org/g" + random.nextInt(40)),
                randomTriple(random));
        stream.quad(q);
        expected.add(q);
        if (i % 25 == 0) {
          probes.add(q);
        }
      }
      load.finish();
      assertThat(packed).as("nothing was sorted and packed").doesNotExist();
      assertAnswersAlike(dsg, expected, probes);
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  /**
   * Few subjects, predicates and objects, shared across graphs: many records share a prefix in
   * every index order, as a corpus's do.
   */
  private static Triple randomTriple(Random random) {
    return Triple.create(
        NodeFactory.createURI("https://example.org/s" + random.nextInt(400)),
        NodeFactory.createURI("https://example.org/p" + random.nextInt(25)),
        random.nextBoolean()
            ? NodeFactory.createURI("https://example.org/s" + random.nextInt(400))
            : NodeFactory.createLiteralString("tekst " + random.nextInt(900)));
  }

  /** Every pattern the probes make answers in {@code actual} as in {@code expected}. */
  private static void assertAnswersAlike(
      DatasetGraph actual, DatasetGraph expected, List<Quad> probes) {
    Txn.executeRead(
        actual,
        () -> {
          assertThat(quads(actual, Node.ANY, Node.ANY, Node.ANY, Node.ANY))
              .isEqualTo(quads(expected, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
          for (Quad q : probes) {
            Node g = q.getGraph();
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            Node any = Node.ANY;
            for (Node[] pattern :
                new Node[][] {
                  {any, any, p, any}, {any, any, any, o}, {any, s, any, any},
                  {any, any, p, o}, {any, s, p, any}, {g, any, p, any},
                  {g, any, any, o}, {g, s, any, any}, {any, s, any, o}
                }) {
              assertThat(quads(actual, pattern[0], pattern[1], pattern[2], pattern[3]))
                  .as("%s %s %s %s", (Object[]) pattern)
                  .isEqualTo(quads(expected, pattern[0], pattern[1], pattern[2], pattern[3]));
            }
          }
        });
  }

  private static Set<Quad> quads(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
    Set<Quad> out = new HashSet<>();
    dsg.find(g, s, p, o).forEachRemaining(out::add);
    return out;
  }

  private static List<String> dataFolders(Path db) {
    try (Stream<Path> s = Files.list(db)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
