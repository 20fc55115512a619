package org.w3id.kamergraph.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.NIF;
import org.w3id.kamergraph.rdf.ORG;

/**
 * What to call an IRI on a page, and what kind of thing it is (which decides its colour): the first
 * of its name properties in a fixed order (Dutch or untagged before other languages), and the first
 * of its classes the workbench knows. Looked up in batches from the store.
 */
final class Labels {
  /** A name and a kind ({@code member}, {@code party}… or {@code other}). */
  record Label(String text, String kind) {}

  /** Name properties, most telling first. */
  private static final List<String> NAMES =
      List.of(
          FOAF.name.getURI(),
          SKOS.prefLabel.getURI(),
          RDFS.label.getURI(),
          DCTerms.title.getURI(),
          SKOS.notation.getURI(),
          DCTerms.identifier.getURI(),
          NIF.anchorOf.getURI());

  /** Classes the workbench colours, most specific first, with their kind. */
  static final Map<String, String> KINDS = kinds();

  private static Map<String, String> kinds() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(KG.Member.getURI(), "member");
    m.put(KG.UnidentifiedPerson.getURI(), "person");
    m.put(KG.Party.getURI(), "party");
    m.put(KG.Ministry.getURI(), "ministry");
    m.put(ORG.Post.getURI(), "post");
    m.put(FOAF.Person.getURI(), "person");
    m.put(KG.Programme.getURI(), "programme");
    m.put(KG.Report.getURI(), "report");
    m.put(KG.Organisation.getURI(), "organisation");
    m.put(KG.Kamerstuk.getURI(), "kamerstuk");
    m.put(KG.Zaak.getURI(), "zaak");
    m.put(KG.Document.getURI(), "document");
    m.put(KG.Question.getURI(), "question");
    m.put(KG.Answer.getURI(), "answer");
    m.put(KG.MembershipSpan.getURI(), "membership");
    m.put(KG.TenureSpan.getURI(), "tenure");
    m.put(KG.PostTenure.getURI(), "tenure");
    m.put(ORG.Membership.getURI(), "membership");
    m.put(KG.Tally.getURI(), "tally");
    m.put(KG.Mention.getURI(), "mention");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** What each kind is called on a page (legends list kinds alphabetically). */
  static final Map<String, String> KIND_NAMES =
      Map.ofEntries(
          Map.entry("member", "Kamerlid"),
          Map.entry("person", "person"),
          Map.entry("party", "party"),
          Map.entry("ministry", "ministry"),
          Map.entry("post", "post"),
          Map.entry("programme", "programme"),
          Map.entry("report", "report"),
          Map.entry("organisation", "organisation"),
          Map.entry("kamerstuk", "Kamerstuk"),
          Map.entry("zaak", "zaak"),
          Map.entry("document", "document"),
          Map.entry("question", "question"),
          Map.entry("answer", "answer"),
          Map.entry("membership", "membership"),
          Map.entry("tenure", "tenure"),
          Map.entry("tally", "tally"),
          Map.entry("mention", "mention"),
          Map.entry("other", "other"));

  private static final int BATCH = 200;

  private final GraphReader reader;

  Labels(GraphReader reader) {
    this.reader = reader;
  }

  /** Labels for {@code iris}; an IRI without a name is called by its last path segment. */
  Map<String, Label> of(Collection<String> iris) {
    Map<String, Label> out = new HashMap<>();
    List<String> all = new ArrayList<>(new LinkedHashSet<>(iris));
    for (int i = 0; i < all.size(); i += BATCH) {
      List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
      out.putAll(batch(batch));
    }
    return out;
  }

  private Map<String, Label> batch(List<String> iris) {
    String values =
        iris.stream()
            .map(i -> NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(i)))
            .collect(Collectors.joining(" "));
    String names = NAMES.stream().map(n -> "<" + n + ">").collect(Collectors.joining(" "));
    String classes =
        KINDS.keySet().stream().map(n -> "<" + n + ">").collect(Collectors.joining(" "));
    Map<String, List<Binding>> named = new HashMap<>();
    for (Binding b :
        reader.select(
            "SELECT ?x ?p ?l WHERE { VALUES ?x { "
                + values
                + " } VALUES ?p { "
                + names
                + " } GRAPH ?g { ?x ?p ?l } FILTER (isLiteral(?l)) }",
            Map.of())) {
      named.computeIfAbsent(b.get(Var.alloc("x")).getURI(), k -> new ArrayList<>()).add(b);
    }
    Map<String, Set<String>> types = new HashMap<>();
    for (Binding b :
        reader.select(
            "SELECT DISTINCT ?x ?c WHERE { VALUES ?x { "
                + values
                + " } VALUES ?c { "
                + classes
                + " } GRAPH ?g { ?x a ?c } }",
            Map.of())) {
      types
          .computeIfAbsent(b.get(Var.alloc("x")).getURI(), k -> new java.util.HashSet<>())
          .add(b.get(Var.alloc("c")).getURI());
    }
    Map<String, Label> out = new HashMap<>();
    for (String iri : iris) {
      Set<String> t = types.getOrDefault(iri, Set.of());
      String kind =
          KINDS.entrySet().stream()
              .filter(e -> t.contains(e.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse("other");
      out.put(iri, new Label(name(iri, kind, named.getOrDefault(iri, List.of())), kind));
    }
    return out;
  }

  private static String name(String iri, String kind, List<Binding> rows) {
    Node best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Binding b : rows) {
      Node l = b.get(Var.alloc("l"));
      String lang = l.getLiteralLanguage();
      int rank =
          NAMES.indexOf(b.get(Var.alloc("p")).getURI()) * 3
              + (lang.isEmpty() ? 0 : lang.equals("nl") ? 1 : 2);
      if (rank < bestRank
          || (rank == bestRank
              && l.getLiteralLexicalForm().compareTo(best.getLiteralLexicalForm()) < 0)) {
        best = l;
        bestRank = rank;
      }
    }
    if (best != null) {
      return best.getLiteralLexicalForm();
    }
    String path = iri.replaceAll("/+$", "");
    String tail = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('#')) + 1);
    // a node without a name of its own (a membership, a tally) is called by its kind
    return kind.equals("other") ? tail : KIND_NAMES.getOrDefault(kind, kind) + " " + tail;
  }
}
