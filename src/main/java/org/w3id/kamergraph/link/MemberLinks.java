package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Links the members the documents name to the TK persons imported by {@code reference import-tk}:
 * {@code owl:sameAs} when exactly one TK person fits, a person fitting when some document naming
 * the member gives their surname (case and diacritics aside, tussenvoegsel included), a party whose
 * TK fractie ({@code skos:exactMatch}) the person sat in on that document's date, and no other
 * given name: name, party and date of one document together (a member who moved party is named with
 * each party on its own dates). When two persons fit, nothing is said. The links go into a graph of
 * their own ({@link #GRAPH}); deterministic.
 */
final class MemberLinks {
  /** The named graph holding the derived links. */
  static final String GRAPH = KG.ID + "graph/leden";

  private static final Node SAME_AS = OWL.sameAs.asNode();

  /** A member as one document names them: name, party, the document's dates. */
  private record Named(String family, String given, String party, Set<String> dates) {}

  LinkDelta full(DatasetGraph view, Map<String, DocFacts> docs) {
    Graph wanted = GraphFactory.createDefaultGraph();
    List<Seat> seats = Seat.read(view.getGraph(uri(TkIris.GRAPH)));
    if (!seats.isEmpty()) {
      Map<String, List<Named>> members = new TreeMap<>();
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
      if (!byFamily.isEmpty()) {
        fit(store, m, byFamily).ifPresent(p -> want.add(Triple.create(uri(m), SAME_AS, uri(p))));
      }
    }
    return Deltas.between(GRAPH, have, want);
  }

  /**
   * The one TK person member {@code m} fits, as {@link #link} decides over every document naming
   * the member, reading those documents in IRI order only until the answer can no longer change:
   * the persons that fit only grow with more documents, so reading stops once two fit or every
   * person of the member's surname does (usually after the first document, where a full read of a
   * much-named member took half a second). A member's IRI is minted from one surname, so every
   * document names them with it.
   */
  private static Optional<String> fit(
      StoreFacts store, String m, Map<String, List<Seat>> byFamily) {
    Set<String> persons = null;
    Set<String> fits = new TreeSet<>();
    for (String doc : store.graphsWithType(m, KG.Member.asNode())) {
      DocFacts d = store.doc(doc).orElse(null);
      DocFacts.MemberName name = d == null ? null : d.members().get(m);
      if (name == null) {
        continue;
      }
      List<Named> evidence = evidence(m, name, d);
      if (persons == null) {
        persons = new TreeSet<>();
        for (Seat s : byFamily.getOrDefault(evidence.get(0).family(), List.of())) {
          persons.add(s.person());
        }
      }
      for (Seat seat : evidence.stream().flatMap(n -> candidates(n, byFamily).stream()).toList()) {
        if (!fits.contains(seat.person()) && d.dates().stream().anyMatch(seat::heldOn)) {
          fits.add(seat.person());
        }
      }
      if (fits.size() > 1 || fits.equals(persons)) {
        break;
      }
    }
    return fits.size() == 1 ? Optional.of(fits.iterator().next()) : Optional.empty();
  }

  private static void add(
      Map<String, List<Named>> members, String m, DocFacts.MemberName name, DocFacts d) {
    members.computeIfAbsent(m, k -> new ArrayList<>()).addAll(evidence(m, name, d));
  }

  /** What one document says of member {@code m}: one {@link Named} per party it gives them. */
  private static List<Named> evidence(String m, DocFacts.MemberName name, DocFacts d) {
    List<Named> out = new ArrayList<>();
    for (String party : d.parties().get(m)) { // a member named has a party (FactsReader)
      out.add(
          new Named(
              NameKey.of(name.family()),
              name.given() == null ? null : NameKey.of(name.given()),
              party,
              d.dates()));
    }
    return out;
  }

  /** The seats whose holder could be the member: surname, party and any given name agree. */
  private static List<Seat> candidates(Named n, Map<String, List<Seat>> byFamily) {
    List<Seat> out = new ArrayList<>();
    for (Seat seat : byFamily.getOrDefault(n.family(), List.of())) {
      if (seat.party().equals(n.party())
          && (n.given() == null || seat.given() == null || n.given().equals(seat.given()))) {
        out.add(seat);
      }
    }
    return out;
  }

  private static Map<String, List<Seat>> byFamily(List<Seat> seats) {
    Map<String, List<Seat>> out = new HashMap<>();
    for (Seat s : seats) {
      out.computeIfAbsent(s.family(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  private static void link(
      String m, List<Named> named, Map<String, List<Seat>> byFamily, Graph out) {
    Set<String> fits = new TreeSet<>();
    for (Named n : named) {
      for (Seat seat : candidates(n, byFamily)) {
        if (n.dates().stream().anyMatch(seat::heldOn)) {
          fits.add(seat.person());
        }
      }
    }
    if (fits.size() == 1) { // two persons fit: say nothing rather than guess
      out.add(Triple.create(uri(m), SAME_AS, uri(fits.iterator().next())));
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
