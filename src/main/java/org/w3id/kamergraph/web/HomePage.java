package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Element;

/**
 * {@code /}: what the store holds (documents, members, the period) with a search box, and what each
 * page of the workbench is for. Any other path no page claims answers 404 here.
 */
final class HomePage extends HttpServlet {
  private final transient GraphReader reader;

  HomePage(GraphReader reader) {
    this.reader = reader;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Page page = new Page("Written questions as a graph", "/");
    Element main = page.main().addClass("home");
    main.appendElement("h1").text("Written questions and their answers, as a graph");
    try {
      // the build's tallies count documents and members and know the years: reading them costs
      // the same at any size, where counting the store itself took seconds at 60,000 documents
      List<Binding> rows =
          reader.select(
              "SELECT ?docs ?members ?from ?to WHERE { GRAPH <"
                  + Links.STATISTICS
                  + "> { OPTIONAL { ?d kg:tallyOf \"class-coverage\" ; kg:tallyClass kg:Document ;"
                  + " kg:entityCount ?docs } OPTIONAL { ?m kg:tallyOf \"class-coverage\" ;"
                  + " kg:tallyClass kg:Member ; kg:entityCount ?members } OPTIONAL { SELECT"
                  + " (MIN(?y) AS ?from) (MAX(?y) AS ?to) WHERE { ?t kg:tallyOf \"party-year\" ;"
                  + " kg:year ?y } } } }",
              Map.of());
      Binding r =
          rows.isEmpty()
              ? org.apache.jena.sparql.engine.binding.BindingFactory.empty()
              : rows.get(0);
      main.appendElement("p")
          .addClass("summary")
          .text(
              lex(r, "docs")
                  + " documents"
                  + (r.get(Var.alloc("from")) == null
                      ? ""
                      : ", submitted " + lex(r, "from") + "–" + lex(r, "to"))
                  + "; "
                  + lex(r, "members")
                  + " members who asked.");
    } catch (QueryCancelledException e) {
      main.appendElement("p").addClass("note").text("The store is busy; counts are left out.");
    }
    Element form = main.appendElement("form").addClass("search big");
    form.attr("action", "/search").attr("method", "get");
    form.appendElement("input")
        .attr("type", "search")
        .attr("name", "q")
        .attr("autofocus", "")
        .attr("placeholder", "A word from a question or answer, a name, a programme…")
        .attr("aria-label", "Search");
    form.appendElement("button").attr("type", "submit").text("Search");

    Element pages = main.appendElement("dl").addClass("pages");
    page(
        "/search",
        "Search",
        "full text of every question, answer, footnote and document, and"
            + " every name; each hit leads to its document or entity.",
        pages);
    page(
        "/sparql",
        "SPARQL",
        "the query editor with the analysts' library ready to run: tables,"
            + " charts for counts over time, downloads.",
        pages);
    page(
        "/network",
        "Network",
        "who asks together, who asks which ministry, which Kamerstukken"
            + " are cited: drawn, filtered by period and party.",
        pages);
    page(
        "/charts",
        "Charts",
        "questions per party per year, days to answer per ministry, open" + " questions.",
        pages);
    page(
        "/id/partij/vvd",
        "Entity pages",
        "every IRI of the graph at /id/…: its facts, its"
            + " documents, its neighbourhood; as Turtle, JSON-LD or N-Triples too.",
        pages);
    page.send(resp, 200);
  }

  private static void page(String href, String name, String what, Element dl) {
    dl.appendElement("dt").appendElement("a").attr("href", href).text(name);
    dl.appendElement("dd").text(what);
  }

  private static String lex(Binding b, String v) {
    Node n = b.get(Var.alloc(v));
    return n == null ? "0" : n.getLiteralLexicalForm();
  }
}
