package org.w3id.kamergraph.link;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Where linking reads quads by predicate and object: every graph of a store (one index scan per
 * predicate, for a full recomputation), one graph of a store (an index lookup, for an update), or a
 * detached graph (a document as it was before a build changed it).
 */
@FunctionalInterface
interface Quads {
  /** The quads with this predicate and object ({@link Node#ANY} for any object). */
  Iterator<Quad> find(Node predicate, Node object);

  /** Every named graph of {@code view}. */
  static Quads all(DatasetGraph view) {
    return (p, o) -> view.find(Node.ANY, Node.ANY, p, o);
  }

  /** The named graph {@code graph} of {@code view}. */
  static Quads graph(DatasetGraph view, Node graph) {
    return (p, o) -> view.find(graph, Node.ANY, p, o);
  }

  /** A detached graph, as if it were named {@code name}. */
  static Quads detached(Graph graph, Node name) {
    return (p, o) -> graph.find(Node.ANY, p, o).mapWith(t -> Quad.create(name, t));
  }
}
