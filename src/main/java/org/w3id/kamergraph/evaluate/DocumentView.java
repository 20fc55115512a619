package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;

/**
 * What score.py's {@code View} sees of one document: the document's graph together with every graph
 * that holds no {@code kg:Document} (the reference data). Lookups union the graphs and drop
 * duplicates, as score.py does.
 *
 * <p>score.py takes objects in rdflib's store order; Jena's in-memory and TDB2 stores have orders
 * of their own, so objects are sorted by their text here to make results reproducible whatever the
 * store. The greedy matching can then, in rare ties, pair items differently from score.py.
 */
final class DocumentView {
  private static final Comparator<Node> ORDER = Comparator.comparing(DocumentView::text);

  private final Graph documentGraph;
  private final List<Graph> graphs;

  DocumentView(Graph documentGraph, List<Graph> referenceGraphs) {
    this.documentGraph = documentGraph;
    List<Graph> all = new ArrayList<>();
    all.add(documentGraph);
    all.addAll(referenceGraphs);
    this.graphs = List.copyOf(all);
  }

  /** The document's own graph. */
  Graph documentGraph() {
    return documentGraph;
  }

  /** Distinct objects of {@code s p ?o} over all graphs of the view, document graph first. */
  List<Node> objects(Node s, Property p) {
    Set<Node> out = new LinkedHashSet<>();
    for (Graph g : graphs) {
      List<Node> found = new ArrayList<>();
      g.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> found.add(t.getObject()));
      found.sort(ORDER);
      out.addAll(found);
    }
    return List.copyOf(out);
  }

  /** The rdf:types of {@code s}. */
  Set<Node> types(Node s) {
    return Set.copyOf(objects(s, RDF.type));
  }

  /** Whether {@code s} has type {@code cls}. */
  boolean hasType(Node s, Node cls) {
    return types(s).contains(cls);
  }

  /** The text of every value of each of {@code props}, property by property. */
  List<String> labels(Node s, List<Property> props) {
    List<String> out = new ArrayList<>();
    for (Property p : props) {
      objects(s, p).forEach(o -> out.add(text(o)));
    }
    return out;
  }

  /** Subjects of {@code ?s rdf:type cls} in the document graph alone (score.py's answer nodes). */
  Set<Node> documentSubjectsOfType(Node cls) {
    Set<Node> out = new LinkedHashSet<>();
    documentGraph
        .find(Node.ANY, RDF.type.asNode(), cls)
        .mapWith(Triple::getSubject)
        .forEachRemaining(out::add);
    return out;
  }

  /** rdflib's {@code str(term)}: a literal's lexical form, an IRI, a blank node's label. */
  static String text(Node n) {
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    if (n.isURI()) {
      return n.getURI();
    }
    return n.isBlank() ? n.getBlankNodeLabel() : n.toString();
  }
}
