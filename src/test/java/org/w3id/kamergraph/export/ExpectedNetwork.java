package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.rdf.Prefixes;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * What a network should hold, computed from the store with plain SPARQL counts (GROUP BY over the
 * document graphs), independently of the export code: its node ids, its edges with their weights
 * and the parties of its members.
 *
 * @param nodes node ids
 * @param weights edge → weight; an edge is [source, target], in IRI order when undirected
 * @param parties member → the party notations the kept documents give them
 */
record ExpectedNetwork(
    Set<String> nodes, Map<List<String>, Long> weights, Map<String, Set<String>> parties) {

  /** The edges' endpoints. */
  Set<String> endpoints() {
    Set<String> out = new HashSet<>();
    weights.keySet().forEach(out::addAll);
    return out;
  }

  static ExpectedNetwork of(DatasetGraph store, String network, NetworkFilter filter) {
    return switch (network) {
      case "co-askers" -> coAskers(store, filter);
      case "member-ministry" -> memberMinistry(store, filter);
      case "citations" -> citations(store, filter);
      default -> throw new IllegalArgumentException(network);
    };
  }

  /** The document's date bound, the period and the notice filter, inside GRAPH ?d. */
  private static String keptDocument(NetworkFilter f, boolean notices) {
    StringBuilder s =
        new StringBuilder("?d a kg:Document . OPTIONAL { ?d dcterms:dateSubmitted ?date }\n");
    if (!notices) {
      s.append("FILTER NOT EXISTS { ?d a kg:PostponementNotice }\n");
    }
    if (f.from() != null) {
      s.append("FILTER (BOUND(?date) && ?date >= \"").append(f.from()).append("\"^^xsd:date)\n");
    }
    if (f.to() != null) {
      s.append("FILTER (BOUND(?date) && ?date <= \"").append(f.to()).append("\"^^xsd:date)\n");
    }
    return s.toString();
  }

  /** A FILTER (outside GRAPH ?d) that {@code member} is of a chosen party in ?d; "" if none. */
  private static String ofParty(NetworkFilter f, String member) {
    return f.byParty() ? "FILTER (" + partyOf(f, member) + ")\n" : "";
  }

  /** An EXISTS expression: {@code member} is of a chosen party in ?d. */
  private static String partyOf(NetworkFilter f, String member) {
    List<String> quoted = new ArrayList<>();
    f.parties().forEach(p -> quoted.add("\"" + p + "\""));
    return "EXISTS { GRAPH ?d { "
        + member
        + " org:memberOf ?chosen } "
        + "{ GRAPH ?d { ?chosen skos:notation ?chosenNotation } } UNION "
        + "{ GRAPH <"
        + ReferenceData.PARTIES_GRAPH
        + "> { ?chosen skos:notation ?chosenNotation } } "
        + "FILTER (LCASE(STR(?chosenNotation)) IN ("
        + String.join(", ", quoted)
        + ")) }";
  }

  private static ExpectedNetwork coAskers(DatasetGraph store, NetworkFilter f) {
    Map<List<String>, Long> weights = new HashMap<>();
    String partyEdge =
        f.byParty() ? "FILTER (" + partyOf(f, "?a") + " || " + partyOf(f, "?b") + ")\n" : "";
    select(
        store,
        "SELECT ?a ?b (COUNT(DISTINCT ?d) AS ?w) WHERE { GRAPH ?d { "
            + keptDocument(f, false)
            + "?d kg:askedBy ?a , ?b . FILTER (STR(?a) < STR(?b)) }\n"
            + partyEdge
            + "} GROUP BY ?a ?b",
        r -> weights.put(List.of(uri(r, "a"), uri(r, "b")), r.getLiteral("w").getLong()));
    Set<String> nodes = members(store, f, "");
    if (f.byParty()) {
      nodes = members(store, f, ofParty(f, "?m"));
      nodes.addAll(endpoints(weights));
    }
    return new ExpectedNetwork(nodes, weights, parties(store, f, nodes));
  }

  private static ExpectedNetwork memberMinistry(DatasetGraph store, NetworkFilter f) {
    Map<List<String>, Long> weights = new HashMap<>();
    String ministries =
        "{ GRAPH ?d { ?post org:postIn ?min } } UNION { GRAPH <"
            + ReferenceData.MINISTRIES_GRAPH
            + "> { ?post kg:hostMinistry ?min } }\n";
    select(
        store,
        "SELECT ?m ?min (COUNT(DISTINCT ?d) AS ?w) WHERE { GRAPH ?d { "
            + keptDocument(f, false)
            + "?d kg:askedBy ?m ; kg:addressedTo ?post . }\n"
            + ministries
            + ofParty(f, "?m")
            + "} GROUP BY ?m ?min",
        r -> weights.put(List.of(uri(r, "m"), uri(r, "min")), r.getLiteral("w").getLong()));
    Set<String> nodes;
    if (f.byParty()) {
      nodes = members(store, f, ofParty(f, "?m"));
      nodes.addAll(endpoints(weights));
    } else {
      nodes = members(store, f, "");
      Set<String> all = nodes;
      select(
          store,
          "SELECT DISTINCT ?min WHERE { GRAPH ?d { "
              + keptDocument(f, false)
              + "?d kg:askedBy ?someone ; kg:addressedTo ?post . }\n"
              + ministries
              + "}",
          r -> all.add(uri(r, "min")));
    }
    return new ExpectedNetwork(nodes, weights, parties(store, f, nodes));
  }

  private static ExpectedNetwork citations(DatasetGraph store, NetworkFilter f) {
    Map<List<String>, Long> weights = new HashMap<>();
    String party = f.byParty() ? "GRAPH ?d { ?d kg:askedBy ?m } " + ofParty(f, "?m") : "";
    select(
        store,
        "SELECT DISTINCT ?d ?k WHERE { GRAPH ?d { "
            + keptDocument(f, true)
            + "?d cito:cites ?k . }\n"
            + party
            + "}",
        r -> weights.put(List.of(uri(r, "d"), uri(r, "k")), 1L));
    return new ExpectedNetwork(endpoints(weights), weights, Map.of());
  }

  /** Askers of kept documents (not notices) who pass {@code partyFilter} on ?m. */
  private static Set<String> members(DatasetGraph store, NetworkFilter f, String partyFilter) {
    Set<String> out = new TreeSet<>();
    select(
        store,
        "SELECT DISTINCT ?m WHERE { GRAPH ?d { "
            + keptDocument(f, false)
            + "?d kg:askedBy ?m . }\n"
            + partyFilter
            + "}",
        r -> out.add(uri(r, "m")));
    return out;
  }

  /** Every party notation kept documents give each member among {@code nodes}. */
  private static Map<String, Set<String>> parties(
      DatasetGraph store, NetworkFilter f, Set<String> nodes) {
    Map<String, Set<String>> out = new HashMap<>();
    select(
        store,
        "SELECT DISTINCT ?m ?n WHERE { GRAPH ?d { "
            + keptDocument(f, false)
            + "?d kg:askedBy ?m . ?m org:memberOf ?p . }\n"
            + "{ GRAPH ?d { ?p skos:notation ?n } } UNION { GRAPH <"
            + ReferenceData.PARTIES_GRAPH
            + "> { ?p skos:notation ?n } } }",
        r -> {
          if (nodes.contains(uri(r, "m"))) {
            out.computeIfAbsent(uri(r, "m"), x -> new TreeSet<>())
                .add(r.getLiteral("n").getString());
          }
        });
    return out;
  }

  private static Set<String> endpoints(Map<List<String>, Long> weights) {
    Set<String> out = new TreeSet<>();
    weights.keySet().forEach(out::addAll);
    return out;
  }

  private static String uri(QuerySolution r, String var) {
    return r.getResource(var).getURI();
  }

  private static void select(
      DatasetGraph store, String body, java.util.function.Consumer<QuerySolution> row) {
    StringBuilder q = new StringBuilder();
    Prefixes.standard()
        .forEach((p, ns) -> q.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    q.append(body);
    try (QueryExecution e =
        QueryExecutionFactory.create(
            q.toString(), org.apache.jena.query.DatasetFactory.wrap(store))) {
      ResultSet rs = e.execSelect();
      rs.forEachRemaining(row);
    }
  }

  /** A day, for filters. */
  static LocalDate day(String s) {
    return LocalDate.parse(s);
  }
}
