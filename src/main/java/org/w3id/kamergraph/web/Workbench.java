package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.store.QueryLibrary;

/**
 * The workbench's pages, by the path each is served at, for the server to mount next to the SPARQL
 * endpoint. Every page reads the store through the same timeout as the endpoint's queries and
 * writes nothing.
 *
 * @param dataset the store, queried in read transactions
 * @param timeout the longest a page's query may run
 * @param endpoint the SPARQL endpoint's path, for the browser's queries ({@code
 *     /kamergraph/sparql})
 */
public record Workbench(DatasetGraph dataset, Duration timeout, String endpoint) {

  /** The servlets by path spec ({@code /id/*}, {@code /sparql}…); {@code ""} is the home page. */
  public Map<String, HttpServlet> servlets() {
    GraphReader reader = new GraphReader(dataset, timeout);
    Assets assets = new Assets();
    org.apache.jena.atlas.json.JsonObject prefixes = new org.apache.jena.atlas.json.JsonObject();
    org.w3id.kamergraph.rdf.Prefixes.standard().getMapping().forEach(prefixes::put);
    org.apache.jena.atlas.json.JsonObject settings = JsonValues.object("endpoint", endpoint);
    settings.put("prefixes", prefixes);
    String config = org.apache.jena.atlas.json.JSON.toStringFlat(settings);
    Map<String, HttpServlet> s = new LinkedHashMap<>();
    HomePage home = new HomePage(reader);
    s.put("", home); // the root alone: Fuseki answers 404 for every path nobody claims
    s.put("/index.html", home);
    s.put("/ui", home);
    s.put("/id/*", new EntityServlet(reader));
    s.put("/assets/*", assets);
    s.put("/webjars/*", assets);
    s.put("/library.json", new LibraryServlet(new QueryLibrary()));
    // the store installs its full-text index in the dataset's context, where text:query finds it
    boolean fullText =
        dataset.getContext().isDefined(org.apache.jena.query.text.TextQuery.textIndex);
    s.put("/search", new SearchPage(reader, fullText));
    s.put(
        "/sparql",
        new StaticPage(
            "SPARQL",
            "/sparql",
            List.of("/webjars/zazuko__yasgui/build/yasgui.min.css"),
            List.of(
                "/webjars/zazuko__yasgui/build/yasgui.min.js",
                "/webjars/chart.js/dist/chart.umd.min.js",
                "/assets/sparql.js"),
            main -> {
              main.addClass("sparql");
              main.appendElement("aside").id("library").appendElement("h2").text("Ready queries");
              main.appendElement("div").id("yasgui");
              main.appendElement("script")
                  .attr("type", "application/json")
                  .id("config")
                  .appendChild(new org.jsoup.nodes.DataNode(config));
            }));
    s.put(
        "/network",
        new StaticPage(
            "Network",
            "/network",
            List.of(),
            List.of("/webjars/cytoscape/dist/cytoscape.min.js", "/assets/network.js"),
            NetworkPage::body));
    s.put(
        "/charts",
        new StaticPage(
            "Charts",
            "/charts",
            List.of(),
            List.of("/webjars/chart.js/dist/chart.umd.min.js", "/assets/charts.js"),
            main -> {
              main.addClass("charts");
              main.appendElement("h1").text("Charts");
              chart(
                  main,
                  "party-year",
                  "Questions per party per year",
                  "Sets of written questions by year of submission, per party of the askers.");
              chart(
                  main,
                  "answer-days",
                  "Days to answer per ministry",
                  "Average days from submission to answer; the legal term is 21 days.");
              chart(
                  main,
                  "open-questions",
                  "Open questions",
                  "Questions with no answer anywhere in the graph, by year of submission.");
              main.appendElement("script")
                  .attr("type", "application/json")
                  .id("config")
                  .appendChild(new org.jsoup.nodes.DataNode(config));
            }));
    s.put("/api/network", new NetworkServlet(dataset));
    return s;
  }

  private static void chart(org.jsoup.nodes.Element main, String id, String title, String what) {
    var sec = main.appendElement("section").addClass("chart").attr("data-chart", id);
    sec.appendElement("h2").text(title);
    sec.appendElement("p").addClass("hint").text(what);
    sec.appendElement("div").addClass("chart-box").appendElement("canvas").id("chart-" + id);
    sec.appendElement("p").addClass("status").text("Loading…");
  }
}
