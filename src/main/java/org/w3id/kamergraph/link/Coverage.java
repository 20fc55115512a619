package org.w3id.kamergraph.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.KG;

/**
 * How well the graph links out, per class: how many distinct entities of each counted class the
 * store types (in any graph), and how many of them carry an official link ({@code owl:sameAs},
 * {@code rdfs:seeAlso} or {@code skos:exactMatch}, in any graph). This is what the library query
 * {@code link-coverage} reports; counting distinct entities is not a sum over documents, so it is
 * kept apart from the other tallies.
 *
 * <p>A full count scans the type and link quads once. An update does not keep a count per entity:
 * it asks the store, for each entity the touched documents (or the other linkers' pending changes)
 * type or link, how many quads type and link it now, and derives how many did before from what the
 * touched documents held before and hold now; an entity enters or leaves a count only when its
 * number of typing quads crosses zero. The derived graphs the other linkers are about to change
 * (the zaak graph types zaken, the member graph links members) are read as they will be.
 */
final class Coverage {
  /** The classes counted, in the order the query lists them. */
  static final List<Node> CLASSES =
      List.of(
          KG.Ministry.asNode(),
          KG.Party.asNode(),
          KG.Member.asNode(),
          KG.Kamerstuk.asNode(),
          KG.Document.asNode(),
          KG.CitedDocument.asNode(),
          KG.Zaak.asNode());

  /** The predicates that make an entity linked. */
  static final Set<Node> LINKS =
      Set.of(OWL.sameAs.asNode(), RDFS.seeAlso.asNode(), SKOS.exactMatch.asNode());

  private static final Node TYPE = RDF.type.asNode();
  private static final Set<Node> COUNTED = Set.copyOf(CLASSES);

  private Coverage() {}

  /** Whether a triple is one the coverage reads (a skeleton view must keep it). */
  static boolean needs(Triple t) {
    Node p = t.getPredicate();
    return LINKS.contains(p) || (p.equals(TYPE) && COUNTED.contains(t.getObject()));
  }

  /** Entities and linked entities of one class. */
  record Count(long entities, long linked) {}

  /**
   * The counts over the whole view, as it stands once {@code pending} (the other linkers' deltas)
   * is applied.
   */
  static Map<Node, Count> full(DatasetGraph view, Collection<LinkDelta> pending) {
    Map<Node, Map<Node, Long>> types = new HashMap<>(); // entity → class → typing quads
    Map<Node, Long> links = new HashMap<>(); // entity → link quads
    for (Node c : CLASSES) {
      view.find(Node.ANY, Node.ANY, TYPE, c)
          .forEachRemaining(
              q ->
                  types
                      .computeIfAbsent(q.getSubject(), k -> new HashMap<>())
                      .merge(c, 1L, Long::sum));
    }
    for (Node p : LINKS) {
      view.find(Node.ANY, Node.ANY, p, Node.ANY)
          .forEachRemaining(q -> links.merge(q.getSubject(), 1L, Long::sum));
    }
    for (LinkDelta d : pending) {
      shift(d.removed(), -1, types, links);
      shift(d.added(), 1, types, links);
    }
    Map<Node, long[]> counts = new HashMap<>();
    types.forEach(
        (x, byClass) -> {
          boolean linked = links.getOrDefault(x, 0L) > 0;
          byClass.forEach(
              (c, n) -> {
                if (n > 0) {
                  long[] v = counts.computeIfAbsent(c, k -> new long[2]);
                  v[0]++;
                  v[1] += linked ? 1 : 0;
                }
              });
        });
    Map<Node, Count> out = new LinkedHashMap<>();
    for (Node c : CLASSES) {
      long[] v = counts.getOrDefault(c, new long[2]);
      out.put(c, new Count(v[0], v[1]));
    }
    return out;
  }

  /**
   * How the counts change with the touched documents: {@code view} holds the document graphs as
   * they now stand and the derived graphs as last written; {@code pending} are the other linkers'
   * deltas to those derived graphs. Returns, per class, the change in entities and linked entities
   * (absent: no change).
   */
  static Map<Node, Count> update(
      DatasetGraph view, Collection<Touched> touched, Collection<LinkDelta> pending) {
    // per entity: typing quads per class and link quads, now (view + pending) minus before
    Map<Node, Map<Node, Long>> typeShift = new HashMap<>(); // entity → class → after - before
    Map<Node, Long> linkShift = new HashMap<>();
    Map<Node, Map<Node, Long>> pendingTypes = new HashMap<>(); // entity → class → pending change
    Map<Node, Long> pendingLinks = new HashMap<>();
    for (Touched t : touched) {
      Node g = NodeFactory.createURI(t.docIri());
      shift(t.before(), -1, typeShift, linkShift);
      shift(view.getGraph(g), 1, typeShift, linkShift);
    }
    for (LinkDelta d : pending) {
      shift(d.removed(), -1, pendingTypes, pendingLinks);
      shift(d.added(), 1, pendingTypes, pendingLinks);
    }
    Set<Node> entities = new HashSet<>(typeShift.keySet());
    entities.addAll(linkShift.keySet());
    entities.addAll(pendingTypes.keySet());
    entities.addAll(pendingLinks.keySet());
    Map<Node, long[]> diff = new LinkedHashMap<>();
    for (Node x : entities) {
      // only whether a count is above zero matters, before and after: counting stops once it is
      // past what the shifts could take away (a ministry is typed in every document naming it)
      long linkPending = pendingLinks.getOrDefault(x, 0L);
      long linkDocs = linkShift.getOrDefault(x, 0L);
      long linkCap = Math.abs(linkPending) + Math.abs(linkDocs) + 1;
      long linksInView = 0;
      for (Node p : LINKS) {
        linksInView += count(view, x, p, Node.ANY, linkCap - linksInView);
      }
      long linksAfter = linksInView + linkPending;
      // the view's derived graphs are as before; its document graphs as after
      long linksBefore = linksInView - linkDocs;
      Set<Node> classes = new HashSet<>();
      classes.addAll(typeShift.getOrDefault(x, Map.of()).keySet());
      classes.addAll(pendingTypes.getOrDefault(x, Map.of()).keySet());
      if (linkPending != 0 || linkDocs != 0) { // its link may change: every class it has counts
        classes.addAll(CLASSES);
      }
      for (Node c : classes) {
        long pendingType = pendingTypes.getOrDefault(x, Map.of()).getOrDefault(c, 0L);
        long docsType = typeShift.getOrDefault(x, Map.of()).getOrDefault(c, 0L);
        long inView = count(view, x, TYPE, c, Math.abs(pendingType) + Math.abs(docsType) + 1);
        long after = inView + pendingType;
        long before = inView - docsType;
        long entity = (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        long linked =
            (after > 0 && linksAfter > 0 ? 1 : 0) - (before > 0 && linksBefore > 0 ? 1 : 0);
        if (entity != 0 || linked != 0) {
          long[] v = diff.computeIfAbsent(c, k -> new long[2]);
          v[0] += entity;
          v[1] += linked;
        }
      }
    }
    Map<Node, Count> out = new LinkedHashMap<>();
    diff.forEach((c, v) -> out.put(c, new Count(v[0], v[1])));
    return out;
  }

  private static void shift(
      Graph g, long sign, Map<Node, Map<Node, Long>> types, Map<Node, Long> links) {
    g.find()
        .forEachRemaining(
            t -> {
              if (t.getPredicate().equals(TYPE) && COUNTED.contains(t.getObject())) {
                types
                    .computeIfAbsent(t.getSubject(), k -> new HashMap<>())
                    .merge(t.getObject(), sign, Long::sum);
              } else if (LINKS.contains(t.getPredicate())) {
                links.merge(t.getSubject(), sign, Long::sum);
              }
            });
  }

  /**
   * The quads matching, counted up to {@code cap}: enough to tell which side of zero a shift of
   * less than {@code cap} leaves the count.
   */
  private static long count(DatasetGraph view, Node s, Node p, Node o, long cap) {
    long n = 0;
    var it = view.find(Node.ANY, s, p, o);
    try {
      while (n < cap && it.hasNext()) {
        it.next();
        n++;
      }
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
    return n;
  }
}
