package org.w3id.kamergraph.link;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linkers, assembled in one place. Each maintains one derived graph. Contract for both methods:
 * the view holds the document graphs as they now stand (see {@link #needs}) and the derived graphs
 * as last written; the deltas returned, applied to the derived graphs, make them equal to what a
 * full recomputation over the view gives. Neither method writes to the view. Deterministic.
 */
public final class Linking {

  /**
   * Whether linking needs a triple of a document graph: a sink that keeps a skeleton instead of the
   * whole graph keeps just these (a few dozen per document).
   */
  public static boolean needs(Triple t) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The predicates of every triple {@link #needs} keeps: a remote sink fetches its skeleton with
   * them. The reference graphs linking reads ({@link #referenceGraphs()}) are read whole.
   */
  public static Set<Node> neededPredicates() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The non-document graphs linking reads whole (the TK open data graph), by IRI. */
  public static List<String> referenceGraphs() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The derived graphs linking writes, by IRI. */
  public static List<String> derivedGraphs() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Every derived graph recomputed from the whole view (a first build, or many changes). */
  public List<LinkDelta> full(DatasetGraph view) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The derived graphs brought up to date for the documents touched; costs what changed. */
  public List<LinkDelta> update(DatasetGraph view, Collection<Touched> touched) {
    throw new UnsupportedOperationException("not yet");
  }
}
