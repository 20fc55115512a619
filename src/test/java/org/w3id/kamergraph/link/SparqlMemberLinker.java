package org.w3id.kamergraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.KG;

/**
 * The SPARQL formulation the linking stage replaced (hash joins over the union of all graphs,
 * superlinear at scale), kept as a test oracle: {@code Linking.full} must give the same graph.
 *
 * <p>Links the members the documents name ({@code …/id/lid/vvd/hoekstein}) to the TK persons
 * imported by {@code reference import-tk}: {@code owl:sameAs} when exactly one TK person has the
 * member's surname (case and diacritics aside, tussenvoegsel included) and, on a date of a document
 * naming the member, a membership of a TK fractie that {@code skos:exactMatch}es the member's
 * party. A given name written in the document must then agree. When two persons fit, nothing is
 * said. The links go into a graph of their own ({@link #GRAPH}), recomputed after every build and
 * import; deterministic.
 */
public final class SparqlMemberLinker {
  /** The named graph holding the derived links. */
  public static final String GRAPH = KG.ID + "graph/leden";

  private static final String PREFIXES =
      "PREFIX kg: <"
          + KG.NS
          + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
          + "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
          + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          + "PREFIX time: <http://www.w3.org/2006/time#>\n";
  private static final String MEMBERS =
      PREFIXES
          + "SELECT DISTINCT ?member ?family ?given ?party ?date WHERE { GRAPH ?doc {"
          + " ?doc a kg:Document . ?member a kg:Member ; foaf:familyName ?family ;"
          + " org:memberOf ?party . OPTIONAL { ?member foaf:givenName ?given }"
          + " OPTIONAL { ?doc dcterms:dateSubmitted ?s } OPTIONAL { ?doc kg:dateAnswered ?a }"
          + " BIND(COALESCE(?s, ?a) AS ?date) } }";
  private static final String MEMBERSHIPS =
      PREFIXES
          + "SELECT ?person ?family ?given ?party ?start ?end WHERE { GRAPH <"
          + TkIris.GRAPH
          + "> { ?m a org:Membership ; org:member ?person ; org:organization ?f ;"
          + " org:memberDuring ?i . ?f skos:exactMatch ?party . ?person foaf:familyName ?family ."
          + " OPTIONAL { ?person foaf:givenName ?given }"
          + " OPTIONAL { ?i time:hasBeginning/time:inXSDDate ?start }"
          + " OPTIONAL { ?i time:hasEnd/time:inXSDDate ?end } } }";

  private record Named(String family, String given, String party, Set<String> dates) {}

  private record Seat(
      String person, String family, String given, String party, String start, String end) {
    boolean heldOn(String date) {
      return (start == null || start.compareTo(date) <= 0)
          && (end == null || date.compareTo(end) <= 0);
    }
  }

  /** The links, read in the caller's transaction. */
  public static Graph compute(DatasetGraph dataset) {
    List<Seat> seats = new ArrayList<>();
    select(
        dataset,
        MEMBERSHIPS,
        s ->
            seats.add(
                new Seat(
                    s.getResource("person").getURI(),
                    key(s.getLiteral("family").getString()),
                    s.contains("given") ? key(s.getLiteral("given").getString()) : null,
                    s.getResource("party").getURI(),
                    lexical(s, "start"),
                    lexical(s, "end"))));
    Graph out = GraphFactory.createDefaultGraph();
    if (seats.isEmpty()) {
      return out;
    }
    // every row is one document's evidence: its name, its party and its date, taken together
    Map<String, List<Named>> members = new TreeMap<>();
    select(
        dataset,
        MEMBERS,
        s -> {
          if (s.contains("date")) {
            members
                .computeIfAbsent(s.getResource("member").getURI(), k -> new ArrayList<>())
                .add(
                    new Named(
                        key(s.getLiteral("family").getString()),
                        s.contains("given") ? key(s.getLiteral("given").getString()) : null,
                        s.getResource("party").getURI(),
                        Set.of(lexical(s, "date"))));
          }
        });
    for (var e : members.entrySet()) {
      Set<String> fits = new TreeSet<>();
      for (Named n : e.getValue()) {
        for (Seat seat : seats) {
          if (seat.family().equals(n.family())
              && seat.party().equals(n.party())
              && (n.given() == null || seat.given() == null || n.given().equals(seat.given()))
              && n.dates().stream().anyMatch(seat::heldOn)) {
            fits.add(seat.person());
          }
        }
      }
      if (fits.size() == 1) { // two persons fit: say nothing rather than guess
        out.add(
            NodeFactory.createURI(e.getKey()),
            OWL.sameAs.asNode(),
            NodeFactory.createURI(fits.iterator().next()));
      }
    }
    return out;
  }

  /** Case, diacritics and spacing aside: {@code Van der Lée} and {@code van der Lee} match. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
  }

  private static String lexical(QuerySolution s, String var) {
    return s.contains(var) ? s.getLiteral(var).getLexicalForm() : null;
  }

  private static void select(DatasetGraph ds, String query, Consumer<QuerySolution> each) {
    try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(ds))) {
      qe.execSelect().forEachRemaining(each);
    }
  }
}
