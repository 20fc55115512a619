package org.w3id.kamergraph.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * What a TDB2 dataset holds, counted on its index entries: how many quads, how many in each named
 * graph, how many distinct subjects of each class. Only the graph names and classes are turned back
 * into nodes. Counting through the dataset's own {@code find} turns every node of every quad back
 * into a node: at 60,000 documents (11.4 million quads) that took about a minute and filled the
 * node cache the queries use with nodes nobody asked for.
 *
 * <p>The counts equal those of {@code find()} (all quads, the default graph's included), of {@code
 * find(g, ANY, ANY, ANY)} per named graph, and of {@code SELECT ?class (COUNT(DISTINCT ?s) AS ?n)
 * WHERE { GRAPH ?g { ?s a ?class } } GROUP BY ?class}; a test compares them on a store.
 */
public final class TdbCensus {
  // positions in the quad table's tuples, whatever the order of the index they come from
  private static final int G = 0;
  private static final int S = 1;
  private static final int O = 3;

  /** How often (in index entries) the count asks whether it should stop. */
  private static final int CHECK_EVERY = 1 << 14;

  /**
   * The counts.
   *
   * @param quads every quad, the default graph's triples included
   * @param graphs the quads of each named graph
   * @param classes for each class, the distinct subjects typed with it in any named graph
   */
  public record Census(long quads, Map<Node, Long> graphs, Map<Node, Long> classes) {
    public Census {
      graphs = Map.copyOf(graphs);
      classes = Map.copyOf(classes);
    }
  }

  private TdbCensus() {}

  /**
   * Counts {@code dataset} when it is a TDB2 dataset (empty otherwise); the caller holds a read
   * transaction on it.
   *
   * @throws CancellationException when {@code stopped} says so, checked as the count goes
   */
  public static Optional<Census> of(DatasetGraph dataset, BooleanSupplier stopped) {
    if (!TDBInternal.isTDB2(dataset)) {
      return Optional.empty();
    }
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
    NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
    Map<NodeId, Long> perGraph = new HashMap<>();
    long quads = 0;
    // in GSPO order a graph's quads come together: one map entry per graph, not per quad
    NodeId current = null;
    long inCurrent = 0;
    Iterator<Tuple<NodeId>> all = index(dataset, "GSPO").all();
    while (all.hasNext()) {
      NodeId g = all.next().get(G);
      if (!g.equals(current)) {
        if (current != null) {
          perGraph.merge(current, inCurrent, Long::sum);
        }
        current = g;
        inCurrent = 0;
      }
      inCurrent++;
      if ((++quads % CHECK_EVERY) == 0) {
        check(stopped);
      }
    }
    if (current != null) {
      perGraph.merge(current, inCurrent, Long::sum);
    }
    quads += count(tdb.getTripleTable().getNodeTupleTable().findAll(), stopped);

    Map<Node, Long> graphs = new HashMap<>();
    perGraph.forEach((id, n) -> graphs.put(nodes.getNodeForNodeId(id), n));
    return Optional.of(new Census(quads, graphs, classes(dataset, nodes, stopped)));
  }

  /**
   * Distinct subjects per class: in POSG order the {@code rdf:type} entries come sorted by class,
   * then subject, then graph, so a subject typed in several graphs is counted once.
   */
  private static Map<Node, Long> classes(
      DatasetGraph dataset, NodeTable nodes, BooleanSupplier stopped) {
    Map<Node, Long> classes = new HashMap<>();
    NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
    if (NodeId.isDoesNotExist(type)) {
      return classes;
    }
    NodeId any = NodeId.NodeIdAny;
    Iterator<Tuple<NodeId>> typed =
        index(dataset, "POSG").find(TupleFactory.create4(any, any, type, any));
    Map<NodeId, Long> perClass = new HashMap<>();
    NodeId lastClass = null;
    NodeId lastSubject = null;
    long seen = 0;
    while (typed.hasNext()) {
      Tuple<NodeId> t = typed.next();
      NodeId c = t.get(O);
      NodeId s = t.get(S);
      if (!c.equals(lastClass) || !s.equals(lastSubject)) {
        perClass.merge(c, 1L, Long::sum);
        lastClass = c;
        lastSubject = s;
      }
      if ((++seen % CHECK_EVERY) == 0) {
        check(stopped);
      }
    }
    perClass.forEach((id, n) -> classes.put(nodes.getNodeForNodeId(id), n));
    return classes;
  }

  private static TupleIndex index(DatasetGraph dataset, String name) {
    TupleIndex index = TDBInternal.findIndex(dataset, name);
    if (index == null) {
      throw new IllegalStateException("the store has no " + name + " index");
    }
    return index;
  }

  private static long count(Iterator<?> it, BooleanSupplier stopped) {
    long n = 0;
    while (it.hasNext()) {
      it.next();
      if ((++n % CHECK_EVERY) == 0) {
        check(stopped);
      }
    }
    return n;
  }

  private static void check(BooleanSupplier stopped) {
    if (stopped.getAsBoolean()) {
      throw new CancellationException("the count was stopped");
    }
  }
}
