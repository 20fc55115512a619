package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;

/** Counting on index entries gives what counting through the dataset's nodes gives. */
class TdbCensusTest {
  @TempDir Path tmp;

  @Test
  void countsWhatFindAndSparqlCountOnABuiltStore() {
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(Pipeline.standard(), store, List.of(BuildIdempotencyTest.EXAMPLES));
      TdbCensus.Census census =
          Txn.calculateRead(
              store.dataset(), () -> TdbCensus.of(store.dataset(), () -> false).orElseThrow());
      assertThat(census.graphs()).hasSizeGreaterThan(5);
      assertThat(census).isEqualTo(byNodes(store.dataset()));
    }
  }

  @Test
  void aSubjectTypedInSeveralGraphsCountsOnceAndTheDefaultGraphCountsInTheTotal() {
    DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
    Random random = new Random(7);
    Node[] classes = {uri("class/A"), uri("class/B"), uri("class/C")};
    Txn.executeWrite(
        tdb,
        () -> {
          for (int i = 0; i < 3_000; i++) {
            Node g = uri("graph/" + random.nextInt(40));
            Node s = uri("s/" + random.nextInt(500));
            tdb.add(g, s, RDF.type.asNode(), classes[random.nextInt(classes.length)]);
            tdb.add(g, s, uri("p"), NodeFactory.createLiteralString("v" + random.nextInt(50)));
          }
          tdb.add(Quad.defaultGraphIRI, uri("d"), RDF.type.asNode(), classes[0]);
          tdb.add(Quad.defaultGraphIRI, uri("d"), uri("p"), uri("o"));
        });
    TdbCensus.Census census =
        Txn.calculateRead(tdb, () -> TdbCensus.of(tdb, () -> false).orElseThrow());
    assertThat(census).isEqualTo(byNodes(tdb));
    assertThat(census.classes()).hasSize(3);
  }

  @Test
  void otherDatasetsAreLeftToTheirOwnCountAndACountCanBeStopped() {
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    assertThat(Txn.calculateRead(mem, () -> TdbCensus.of(mem, () -> false))).isEmpty();

    DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
    Txn.executeWrite(
        tdb,
        () -> {
          for (int i = 0; i < 40_000; i++) {
            tdb.add(uri("g"), uri("s/" + i), uri("p"), uri("o"));
          }
        });
    assertThatThrownBy(() -> Txn.executeRead(tdb, () -> TdbCensus.of(tdb, () -> true)))
        .isInstanceOf(CancellationException.class);
  }

  /** The counts as the dataset's own find and a SPARQL query give them, node by node. */
  private static TdbCensus.Census byNodes(DatasetGraph dataset) {
    return Txn.calculateRead(
        dataset,
        () -> {
          long quads = count(dataset.find());
          Map<Node, Long> graphs = new HashMap<>();
          dataset
              .listGraphNodes()
              .forEachRemaining(g -> graphs.put(g, count(dataset.find(g, null, null, null))));
          Map<Node, Long> classes = new HashMap<>();
          String q =
              "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }"
                  + " GROUP BY ?class";
          try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dataset))) {
            qe.execSelect()
                .forEachRemaining(
                    r -> classes.put(r.get("class").asNode(), r.getLiteral("n").getLong()));
          }
          return new TdbCensus.Census(quads, graphs, classes);
        });
  }

  private static long count(java.util.Iterator<?> it) {
    long n = 0;
    for (; it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  private static Node uri(String local) {
    return NodeFactory.createURI("https://example.org/" + local);
  }
}
