package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;

/**
 * The linkers, assembled in one place. Each maintains one derived graph. Contract for both methods:
 * the view holds the document graphs as they now stand (see {@link #needs}) and the derived graphs
 * as last written; the deltas returned, applied to the derived graphs, make them equal to what a
 * full recomputation over the view gives. Neither method writes to the view. Deterministic.
 */
public final class Linking {
  private static final Set<Node> PREDICATES =
      Set.of(
          KG.zaak.asNode(),
          DCTerms.dateSubmitted.asNode(),
          KG.dateAnswered.asNode(),
          KG.askedBy.asNode(),
          KG.hasQuestion.asNode(),
          KG.hasAnswer.asNode(),
          KG.number.asNode(),
          DCTerms.identifier.asNode(),
          RDF.type.asNode(),
          FOAF.familyName.asNode(),
          FOAF.givenName.asNode(),
          ORG.memberOf.asNode());

  /**
   * Whether linking needs a triple of a document graph: a sink that keeps a skeleton instead of the
   * whole graph keeps just these (a few dozen per document).
   */
  public static boolean needs(Triple t) {
    return PREDICATES.contains(t.getPredicate());
  }

  /**
   * The predicates of every triple {@link #needs} keeps: a remote sink fetches its skeleton with
   * them. The reference graphs linking reads ({@link #referenceGraphs()}) are read whole.
   */
  public static Set<Node> neededPredicates() {
    return PREDICATES;
  }

  /** The non-document graphs linking reads whole (the TK open data graph), by IRI. */
  public static List<String> referenceGraphs() {
    return List.of(TkIris.GRAPH);
  }

  /** The derived graphs linking writes, by IRI. */
  public static List<String> derivedGraphs() {
    return List.of(ZaakLinker.GRAPH, MemberLinker.GRAPH);
  }

  /** Every derived graph recomputed from the whole view (a first build, or many changes). */
  public List<LinkDelta> full(DatasetGraph view) {
    List<LinkDelta> out = new ArrayList<>();
    out.add(delta(view, ZaakLinker.GRAPH, ZaakLinker.compute(view)));
    out.add(delta(view, MemberLinker.GRAPH, MemberLinker.compute(view)));
    return out;
  }

  /** The derived graphs brought up to date for the documents touched; costs what changed. */
  public List<LinkDelta> update(DatasetGraph view, Collection<Touched> touched) {
    return touched.isEmpty() ? List.of() : full(view);
  }

  private static LinkDelta delta(DatasetGraph view, String graphIri, Graph wanted) {
    Graph current = view.getGraph(NodeFactory.createURI(graphIri));
    Graph removed = GraphFactory.createDefaultGraph();
    Graph added = GraphFactory.createDefaultGraph();
    current
        .find()
        .forEach(
            t -> {
              if (!wanted.contains(t)) {
                removed.add(t);
              }
            });
    wanted
        .find()
        .forEach(
            t -> {
              if (!current.contains(t)) {
                added.add(t);
              }
            });
    return new LinkDelta(graphIri, removed, added);
  }
}
