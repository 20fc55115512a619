package org.w3id.kamergraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Element;
import org.w3id.kamergraph.rdf.CITO;
import org.w3id.kamergraph.rdf.KG;

/**
 * An entity's page: its name and kind, its own triples, the documents it appears in (asked,
 * addressed, answered, cited, named), what else points to it, and a small drawing of its
 * neighbourhood; with links to the same facts as Turtle, JSON-LD and N-Triples.
 */
final class EntityPage {
  /** Documents listed on one page, newest first. */
  static final int DOCUMENTS = 100;

  /** Other things pointing here, listed. */
  static final int INCOMING = 200;

  /** Neighbours drawn, each way. */
  static final int NEIGHBOURS = 25;

  /** How a document relates to an entity, in words, by property. */
  static final Map<String, String> ROLES = roles();

  private static Map<String, String> roles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(KG.askedBy.getURI(), "asked");
    m.put(KG.addressedTo.getURI(), "addressed to");
    m.put(KG.answeredBy.getURI(), "answered");
    m.put(CITO.cites.getURI(), "cited");
    m.put(KG.zaak.getURI(), "zaak");
    m.put(org.apache.jena.vocabulary.DCTerms.references.getURI(), "referred to");
    m.put(KG.mentions.getURI(), "named");
    return java.util.Collections.unmodifiableMap(m);
  }

  private final GraphReader reader;
  private final Labels labels;

  EntityPage(GraphReader reader, Labels labels) {
    this.reader = reader;
    this.labels = labels;
  }

  /**
   * @param page which page of documents (from 1), newest first
   */
  Page render(String iri, Graph about, int pageNumber) {
    Node e = NodeFactory.createURI(iri);
    List<Binding> docs = documents(e, pageNumber);
    List<Binding> incoming =
        reader.select(
            "SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p ?e } FILTER (isIRI(?s))"
                // the build's counts are for queries, not for reading here
                + " FILTER (?g != <"
                + Links.STATISTICS
                + ">)"
                + " FILTER (?p NOT IN (kg:refersTo, kg:mentions, kg:askedBy, kg:addressedTo,"
                + " kg:answeredBy, cito:cites, kg:zaak, dcterms:references)) } LIMIT "
                + (INCOMING + 1),
            Map.of("e", e));
    long mentions = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m kg:refersTo ?e } }", e);
    long documentCount =
        count(
            "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { VALUES ?role { "
                + roleValues()
                + " } GRAPH ?doc { ?doc ?role ?e } }",
            e);

    Set<String> iris = new LinkedHashSet<>(FactsTable.objectIris(about));
    iris.add(iri);
    docs.forEach(b -> iris.add(b.get(Var.alloc("doc")).getURI()));
    incoming.forEach(b -> iris.add(b.get(Var.alloc("s")).getURI()));
    Map<String, Labels.Label> named = labels.of(iris);
    Labels.Label self = named.get(iri);

    Page page = new Page(self.text(), null);
    Element main = page.main().addClass("entity");
    Element h1 = main.appendElement("h1").text(self.text());
    h1.appendElement("span")
        .addClass("kind")
        .addClass("k-" + self.kind())
        .text(Labels.KIND_NAMES.getOrDefault(self.kind(), self.kind()));
    FactsTable.iriLine(main, iri);
    Element summary = main.appendElement("p").addClass("summary");
    summary.text(
        "In "
            + documentCount
            + (documentCount == 1 ? " document" : " documents")
            + "; named "
            + mentions
            + (mentions == 1 ? " time" : " times")
            + " in their text.");

    Element grid = main.appendElement("div").addClass("columns");
    FactsTable.append(grid.appendElement("section"), iri, about, named);
    Element drawing = grid.appendElement("section").addClass("neighbourhood");
    drawing.appendElement("h2").text("Neighbourhood");
    drawing.appendElement("div").id("neighbourhood").addClass("graph");
    page.data("neighbourhood-data", neighbourhood(iri, about, docs, incoming, named));

    Element docSection = main.appendElement("section").addClass("documents");
    long first = (long) (pageNumber - 1) * DOCUMENTS + 1;
    long last = first - 1 + docs.stream().map(b -> b.get(Var.alloc("doc"))).distinct().count();
    docSection
        .appendElement("h2")
        .text(
            "Documents ("
                + documentCount
                + (documentCount > DOCUMENTS ? "; newest first, " + first + "–" + last : "")
                + ")");
    if (documentCount > DOCUMENTS) {
      Element nav = docSection.appendElement("p").addClass("pager");
      if (pageNumber > 1) {
        nav.appendElement("a")
            .attr("href", "?page=" + (pageNumber - 1))
            .attr("rel", "prev")
            .text("← newer");
      }
      if (last < documentCount) {
        nav.appendElement("a")
            .attr("href", "?page=" + (pageNumber + 1))
            .attr("rel", "next")
            .text("older →");
      }
    }
    documentTable(docSection, docs, named);

    if (!incoming.isEmpty()) {
      Element in = main.appendElement("section").addClass("incoming");
      in.appendElement("h2")
          .text("Pointing here" + (incoming.size() > INCOMING ? " (first " + INCOMING + ")" : ""));
      Element ul = in.appendElement("ul");
      for (Binding b : incoming.subList(0, Math.min(INCOMING, incoming.size()))) {
        Element li = ul.appendElement("li");
        String s = b.get(Var.alloc("s")).getURI();
        FactsTable.link(li, s, named.get(s));
        li.appendElement("span").addClass("via").text(" " + Links.shortName(b.get(Var.alloc("p"))));
      }
    }
    page.script("/webjars/cytoscape/dist/cytoscape.min.js").script("/assets/neighbourhood.js");
    return page;
  }

  /** One page of the documents relating to {@code e}, newest first, one row per role. */
  private List<Binding> documents(Node e, int page) {
    String roles = "VALUES ?role { " + roleValues() + " }";
    return reader.select(
        "SELECT ?doc ?role ?date WHERE { { SELECT DISTINCT ?doc ?date WHERE { "
            + roles
            + " GRAPH ?doc { ?doc ?role ?e"
            + " OPTIONAL { ?doc dcterms:dateSubmitted ?submitted }"
            + " OPTIONAL { ?doc kg:dateAnswered ?answered } }"
            + " BIND (COALESCE(?submitted, ?answered) AS ?date) }"
            + " ORDER BY DESC(?date) ?doc LIMIT "
            + DOCUMENTS
            + " OFFSET "
            + (long) (page - 1) * DOCUMENTS
            + " } "
            + roles
            + " GRAPH ?doc { ?doc ?role ?e } } ORDER BY DESC(?date) ?doc",
        Map.of("e", e));
  }

  private static String roleValues() {
    return ROLES.keySet().stream().map(r -> "<" + r + ">").reduce((a, b) -> a + " " + b).orElse("");
  }

  private long count(String query, Node e) {
    List<Binding> rows = reader.select(query, Map.of("e", e));
    Node n = rows.isEmpty() ? null : rows.get(0).get(Var.alloc("n"));
    return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
  }

  /** One row per document, its roles joined ("asked, named"), at most {@link #DOCUMENTS}. */
  static void documentTable(Element parent, List<Binding> rows, Map<String, Labels.Label> named) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    Map<String, String> dates = new LinkedHashMap<>();
    for (Binding b : rows) {
      String doc = b.get(Var.alloc("doc")).getURI();
      if (!roles.containsKey(doc) && roles.size() >= DOCUMENTS) {
        continue;
      }
      roles
          .computeIfAbsent(doc, k -> new ArrayList<>())
          .add(ROLES.get(b.get(Var.alloc("role")).getURI()));
      Node d = b.get(Var.alloc("date"));
      dates.putIfAbsent(doc, d == null ? "" : d.getLiteralLexicalForm());
    }
    Element table = parent.appendElement("table").addClass("docs");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("date");
    head.appendElement("th").text("document");
    head.appendElement("th").text("how");
    Element body = table.appendElement("tbody");
    roles.forEach(
        (doc, how) -> {
          Element tr = body.appendElement("tr");
          tr.appendElement("td").text(dates.get(doc));
          FactsTable.link(tr.appendElement("td"), doc, named.get(doc));
          // in the order ROLES lists them: asked before named
          tr.appendElement("td")
              .text(
                  String.join(
                      ", ", ROLES.values().stream().distinct().filter(how::contains).toList()));
        });
  }

  /** The drawing's nodes and edges as JSON: this entity, its neighbours each way, documents. */
  private static String neighbourhood(
      String iri,
      Graph about,
      List<Binding> docs,
      List<Binding> incoming,
      Map<String, Labels.Label> named) {
    JsonArray nodes = new JsonArray();
    JsonArray edges = new JsonArray();
    Set<String> seen = new LinkedHashSet<>();
    java.util.function.Consumer<String> node =
        n -> {
          if (seen.add(n)) {
            Labels.Label l = named.get(n);
            nodes.add(
                JsonValues.object(
                    "id",
                    n,
                    "label",
                    l == null ? n : l.text(),
                    "kind",
                    l == null ? "other" : l.kind(),
                    "href",
                    Links.href(n)));
          }
        };
    node.accept(iri);
    int out = 0;
    for (var t : about.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).toList()) {
      if (out >= NEIGHBOURS
          || !t.getObject().isURI()
          || t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())
          || !Links.local(t.getObject().getURI())) {
        continue;
      }
      node.accept(t.getObject().getURI());
      edges.add(edge(iri, t.getObject().getURI(), Links.shortName(t.getPredicate())));
      out++;
    }
    int in = 0;
    for (Binding b : incoming) {
      if (in++ >= NEIGHBOURS) {
        break;
      }
      String s = b.get(Var.alloc("s")).getURI();
      node.accept(s);
      edges.add(edge(s, iri, Links.shortName(b.get(Var.alloc("p")))));
    }
    Set<String> docsDrawn = new LinkedHashSet<>();
    for (Binding b : docs) {
      String d = b.get(Var.alloc("doc")).getURI();
      if (docsDrawn.size() >= NEIGHBOURS / 2 && !docsDrawn.contains(d)) {
        continue;
      }
      if (docsDrawn.add(d)) {
        node.accept(d);
        edges.add(edge(d, iri, ROLES.get(b.get(Var.alloc("role")).getURI())));
      }
    }
    JsonObject graph = new JsonObject();
    graph.put("nodes", nodes);
    graph.put("edges", edges);
    return JSON.toStringFlat(graph);
  }

  private static JsonObject edge(String from, String to, String label) {
    return JsonValues.object("source", from, "target", to, "label", label);
  }
}
