package org.w3id.kamergraph.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.KG;

/**
 * Links the members the documents name ({@code …/id/lid/vvd/hoekstein}) to the TK persons imported
 * by {@code reference import-tk}: {@code owl:sameAs} when exactly one TK person has the member's
 * surname (case and diacritics aside, tussenvoegsel included) and, on a date of a document naming
 * the member, a membership of a TK fractie that {@code skos:exactMatch}es the member's party. A
 * given name written in a document must then agree. When two persons fit, nothing is said. The
 * links go into a graph of their own ({@link #GRAPH}); deterministic.
 */
final class MemberLinks {
  /** The named graph holding the derived links. */
  static final String GRAPH = KG.ID + "graph/leden";

  /** A member across the documents naming them: name and party as first written, every date. */
  private record Named(String family, String given, String party, Set<String> dates) {}

  LinkDelta full(DatasetGraph view, Map<String, DocFacts> docs) {
    Graph wanted = GraphFactory.createDefaultGraph();
    List<Seat> seats = Seat.read(view.getGraph(uri(TkIris.GRAPH)));
    if (!seats.isEmpty()) {
      Map<String, Named> members = new TreeMap<>();
      for (DocFacts d : docs.values()) {
        d.members().forEach((m, name) -> add(members, m, name, d));
      }
      Map<String, List<Seat>> byFamily = byFamily(seats);
      members.forEach((m, n) -> link(m, n, byFamily, wanted));
    }
    return Deltas.between(GRAPH, view.getGraph(uri(GRAPH)), wanted);
  }

  /** The links of every member a touched document names, before or after the change. */
  LinkDelta update(StoreFacts store, Collection<Touched> touched, Map<String, DocFacts> before) {
    Set<String> affected = new TreeSet<>();
    for (Touched t : touched) {
      DocFacts b = before.get(t.docIri());
      if (b != null) {
        affected.addAll(b.members().keySet());
      }
      store.doc(t.docIri()).ifPresent(f -> affected.addAll(f.members().keySet()));
    }
    Graph current = store.view().getGraph(uri(GRAPH));
    Graph have = GraphFactory.createDefaultGraph();
    Graph want = GraphFactory.createDefaultGraph();
    if (affected.isEmpty()) {
      return Deltas.between(GRAPH, have, want);
    }
    Map<String, List<Seat>> byFamily =
        byFamily(Seat.read(store.view().getGraph(uri(TkIris.GRAPH))));
    for (String m : affected) {
      current.find(uri(m), OWL.sameAs.asNode(), Node.ANY).forEachRemaining(have::add);
      Map<String, Named> one = new TreeMap<>();
      for (String doc : store.graphsWithType(m, KG.Member.asNode())) {
        store
            .doc(doc)
            .ifPresent(
                d -> {
                  DocFacts.MemberName name = d.members().get(m);
                  if (name != null) {
                    add(one, m, name, d);
                  }
                });
      }
      Named n = one.get(m);
      if (n != null && !byFamily.isEmpty()) {
        link(m, n, byFamily, want);
      }
    }
    return Deltas.between(GRAPH, have, want);
  }

  /** Documents are added in IRI order: the first one's name and party are kept. */
  private static void add(
      Map<String, Named> members, String m, DocFacts.MemberName name, DocFacts d) {
    Named n =
        members.computeIfAbsent(
            m,
            k ->
                new Named(
                    NameKey.of(name.family()),
                    name.given() == null ? null : NameKey.of(name.given()),
                    name.party(),
                    new TreeSet<>()));
    n.dates().addAll(d.dates());
  }

  private static Map<String, List<Seat>> byFamily(List<Seat> seats) {
    Map<String, List<Seat>> out = new HashMap<>();
    for (Seat s : seats) {
      out.computeIfAbsent(s.family(), k -> new java.util.ArrayList<>()).add(s);
    }
    return out;
  }

  private static void link(String m, Named n, Map<String, List<Seat>> byFamily, Graph out) {
    Set<String> fits = new TreeSet<>();
    for (Seat seat : byFamily.getOrDefault(n.family(), List.of())) {
      if (seat.party().equals(n.party())
          && (n.given() == null || seat.given() == null || n.given().equals(seat.given()))
          && n.dates().stream().anyMatch(seat::heldOn)) {
        fits.add(seat.person());
      }
    }
    if (fits.size() == 1) { // two persons fit: say nothing rather than guess
      out.add(Triple.create(uri(m), OWL.sameAs.asNode(), uri(fits.iterator().next())));
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
