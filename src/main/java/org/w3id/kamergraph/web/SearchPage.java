package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Element;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.NIF;

/**
 * {@code /search?q=…}: the full-text index ({@code text:query}) over questions, answers, footnotes,
 * document texts and names, hits grouped by document (with the passage that matched) and entities
 * (by their name).
 */
final class SearchPage extends HttpServlet {
  /** Hits read from the index. */
  static final int HITS = 300;

  /** The longest query accepted. */
  static final int MAX_QUERY = 300;

  private static final Map<String, String> PARTS =
      Map.of(
          KG.Question.getURI(), "question",
          KG.Answer.getURI(), "answer",
          KG.Footnote.getURI(), "footnote",
          NIF.Context.getURI(), "text",
          KG.Document.getURI(), "title");

  private final transient GraphReader reader;
  private final transient Labels labels;
  private final transient boolean indexed;

  /**
   * @param indexed whether the store has a full-text index (without one the page says so)
   */
  SearchPage(GraphReader reader, boolean indexed) {
    this.reader = reader;
    this.labels = new Labels(reader);
    this.indexed = indexed;
  }

  /**
   * One document's hits: the parts that matched ("answer 2"), with their passages; a passage two
   * parts share (a grouped answer) is shown once, and the whole text only when no part matched.
   */
  private record DocumentHit(String doc, List<String[]> parts) {
    static final int SHOWN = 3;

    void add(String part, String text) {
      for (String[] p : parts) {
        if (p[1].equals(text)) {
          p[0] = p[0] + ", " + part.substring(part.lastIndexOf(' ') + 1);
          return;
        }
      }
      boolean whole = part.equals("text");
      if (whole && !parts.isEmpty()) {
        return;
      }
      if (!whole) {
        parts.removeIf(p -> p[0].equals("text"));
      }
      if (parts.size() < SHOWN) {
        parts.add(new String[] {part, text});
      }
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
    Page page = new Page(q.isEmpty() ? "Search" : q, "/");
    Element main = page.main().addClass("search-results");
    main.appendElement("h1").text("Search");
    Element form = main.appendElement("form").addClass("search big");
    form.attr("action", "/search").attr("method", "get");
    form.appendElement("input")
        .attr("type", "search")
        .attr("name", "q")
        .attr("value", q)
        .attr("aria-label", "Search");
    form.appendElement("button").attr("type", "submit").text("Search");
    main.appendElement("p")
        .addClass("hint")
        .text(
            "Words are matched in Dutch (plural and singular alike); \"quotes\" for a phrase,"
                + " OR between alternatives, - before a word to leave it out.");
    if (!indexed) {
      main.appendElement("p")
          .addClass("note")
          .text("This store has no full-text index: build it with kamergraph build to search.");
      page.send(resp, 200);
      return;
    }
    if (q.isEmpty()) {
      page.send(resp, 200);
      return;
    }
    if (q.length() > MAX_QUERY) {
      main.appendElement("p").addClass("note").text("The search is too long: use a few words.");
      page.send(resp, 400);
      return;
    }
    List<Binding> rows;
    try {
      rows =
          reader.select(
              "SELECT ?s ?score ?lit ?doc ?type ?n WHERE { (?s ?score ?lit) text:query (?q "
                  + HITS
                  + ") . OPTIONAL { VALUES ?type { kg:Question kg:Answer kg:Footnote nif:Context"
                  + " kg:Document } GRAPH ?doc { ?s a ?type OPTIONAL { ?s kg:number ?n } } } }"
                  + " ORDER BY DESC(?score)",
              Map.of("q", NodeFactory.createLiteralString(q)));
    } catch (QueryCancelledException e) {
      main.appendElement("p").addClass("note").text("The search took too long; narrow it down.");
      page.send(resp, 503);
      return;
    } catch (RuntimeException e) {
      main.appendElement("p")
          .addClass("note")
          .text("Could not read the search: use words, \"quotes\" for a phrase, OR, -word.");
      page.send(resp, 400);
      return;
    }
    Map<String, DocumentHit> documents = new LinkedHashMap<>();
    Set<String> entities = new LinkedHashSet<>();
    for (Binding b : rows) {
      Node type = b.get(Var.alloc("type"));
      String s = b.get(Var.alloc("s")).getURI();
      if (type != null && b.get(Var.alloc("doc")) != null) {
        String doc = b.get(Var.alloc("doc")).getURI();
        DocumentHit hit =
            documents.computeIfAbsent(doc, d -> new DocumentHit(d, new ArrayList<>()));
        String part = PARTS.get(type.getURI());
        String number = lex(b, "n");
        hit.add(number.isEmpty() ? part : part + " " + number, lex(b, "lit"));
      } else if (s != null) {
        entities.add(s);
      }
    }
    Set<String> iris = new LinkedHashSet<>(documents.keySet());
    iris.addAll(entities);
    Map<String, Labels.Label> named = labels.of(iris);
    main.appendElement("p")
        .addClass("summary")
        .text(
            documents.size()
                + (documents.size() == 1 ? " document, " : " documents, ")
                + entities.size()
                + (entities.size() == 1 ? " name" : " names"));
    if (!entities.isEmpty()) {
      Element ul = main.appendElement("ul").addClass("entities");
      for (String e : entities) {
        FactsTable.link(ul.appendElement("li"), e, named.get(e));
      }
    }
    Element ol = main.appendElement("ol").addClass("hits");
    for (DocumentHit hit : documents.values()) {
      Element li = ol.appendElement("li");
      FactsTable.link(li.appendElement("h3"), hit.doc(), named.get(hit.doc()));
      for (String[] part : hit.parts()) {
        Element p = li.appendElement("p").addClass("passage");
        p.appendElement("span").addClass("part").text(part[0] + " ");
        Snippet.append(p, part[1], q);
      }
    }
    page.send(resp, 200);
  }

  private static String lex(Binding b, String v) {
    Node n = b.get(Var.alloc(v));
    return n == null ? "" : n.getLiteralLexicalForm();
  }
}
