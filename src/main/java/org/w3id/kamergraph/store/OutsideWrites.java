package org.w3id.kamergraph.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.rdf.KG;

/**
 * The store's record of graphs written outside a build (through the server's write API), in a graph
 * of its own: {@code <graph> kg:changedOutsideBuild "dateTime"}. The next build checks each such
 * document graph against its {@code kg:graphDigest} and rebuilds it when it no longer matches; a
 * derived graph (links, statistics) written so makes it recompute every link. The build then
 * forgets them. Callers hold the dataset's transaction.
 */
public final class OutsideWrites {
  /** The graph of the record. */
  public static final String GRAPH = KG.ID + "graph/wijzigingen";

  private static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);

  private OutsideWrites() {}

  /**
   * Records that {@code graphs} were written now: kamergraph's own graphs only (documents, links,
   * statistics, reference data, all under {@code https://w3id.org/kamergraph/id/}), never the
   * record's own graph; what else a dataset holds is no build's business.
   */
  static void record(DatasetGraph dataset, Collection<Node> graphs) {
    Node now = NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime);
    for (Node g : graphs) {
      if (g.isURI() && g.getURI().startsWith(KG.ID) && !g.equals(GRAPH_NODE)) {
        dataset.deleteAny(GRAPH_NODE, g, KG.changedOutsideBuild.asNode(), Node.ANY);
        dataset.add(GRAPH_NODE, g, KG.changedOutsideBuild.asNode(), now);
      }
    }
  }

  /** The graphs recorded, by IRI. */
  static Set<String> read(DatasetGraph dataset) {
    Set<String> out = new TreeSet<>();
    dataset
        .find(GRAPH_NODE, Node.ANY, KG.changedOutsideBuild.asNode(), Node.ANY)
        .forEachRemaining(q -> out.add(q.getSubject().getURI()));
    return out;
  }

  /** Forgets every record. */
  static void clear(DatasetGraph dataset) {
    dataset.removeGraph(GRAPH_NODE);
  }
}
