package org.w3id.kamergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.QueryLibrary;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The workbench over HTTP on a real server with the examples: content negotiation read back by a
 * second parser (RDF4J, not Jena), the HTML showing the same facts, the document view's text and
 * marks checked against the graph, the pages' safety headers and asset paths.
 */
class WorkbenchHttpTest {
  static final String VVD = KG.ID + "partij/vvd";
  static final String DOC = KG.ID + "document/kv-tk-2024Z09902";

  @TempDir static Path tmp;
  static ExamplesServer examples;
  static TdbStore store;
  static String base;
  static GraphReader reader;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    examples = new ExamplesServer(tmp.resolve("db"));
    store = examples.store;
    base = examples.base;
    reader = examples.reader;
  }

  @AfterAll
  static void stop() {
    if (examples != null) {
      examples.close();
    }
  }

  static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The (predicate, object) pairs the store holds for {@code iri} as subject, in any graph. */
  static Set<String> storedFacts(String iri) {
    Set<String> out = new TreeSet<>();
    for (Binding b :
        reader.select(
            "SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
            Map.of("s", NodeFactory.createURI(iri)))) {
      Node o = b.get(Var.alloc("o"));
      out.add(
          b.get(Var.alloc("p")).getURI()
              + " "
              + (o.isURI() ? o.getURI() : o.getLiteralLexicalForm()));
    }
    return out;
  }

  @Test
  void turtleIsReadByASecondParserAndHoldsWhatTheStoreHolds() throws Exception {
    HttpResponse<String> r = get("/id/partij/vvd", "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
    assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
    Model m = Rio.parse(new StringReader(r.body()), VVD, RDFFormat.TURTLE);
    Set<String> served = new TreeSet<>();
    for (Statement s : m) {
      assertThat(s.getSubject().stringValue()).isEqualTo(VVD);
      served.add(s.getPredicate().stringValue() + " " + s.getObject().stringValue());
    }
    assertThat(served).isEqualTo(storedFacts(VVD)).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void theHtmlFormShowsTheSameFacts() throws Exception {
    HttpResponse<String> r = get("/id/partij/vvd", "text/html,application/xhtml+xml;q=0.9");
    assertThat(r.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(r.body());
    List<String> rows = new ArrayList<>();
    for (Element tr : html.select("table.facts tbody tr")) {
      String p = tr.selectFirst("th").attr("title");
      Element a = tr.selectFirst("td a");
      rows.add(p + " " + (a != null ? a.attr("title") : tr.selectFirst("td .literal").text()));
    }
    assertThat(new TreeSet<>(rows)).isEqualTo(storedFacts(VVD));
    assertThat(html.selectFirst("h1").text()).contains("Volkspartij voor Vrijheid en Democratie");
  }

  @Test
  void suffixesGiveNTriplesAndJsonLdOfTheSameGraph() throws Exception {
    Graph turtle = parse(get("/id/partij/vvd.ttl", null).body(), Lang.TURTLE);
    HttpResponse<String> nt = get("/id/partij/vvd.nt", "text/html");
    assertThat(nt.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/n-triples"));
    assertThat(Rio.parse(new StringReader(nt.body()), "", RDFFormat.NTRIPLES))
        .hasSize(turtle.size());
    Graph jsonld = parse(get("/id/partij/vvd.jsonld", null).body(), Lang.JSONLD);
    assertThat(jsonld.isIsomorphicWith(turtle)).isTrue();
    assertThat(
            parse(get("/id/partij/vvd", "application/ld+json").body(), Lang.JSONLD)
                .isIsomorphicWith(turtle))
        .isTrue();
  }

  @Test
  void unknownIrisAndUnservableFormsAreRefused() throws Exception {
    assertThat(get("/id/partij/no-such-party", "text/turtle").statusCode()).isEqualTo(404);
    assertThat(get("/id/partij/vvd", "image/png").statusCode()).isEqualTo(406);
    assertThat(get("/id/a%20b", null).statusCode()).isEqualTo(404);
    assertThat(get("/no/such/page", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theDocumentViewShowsTheGraphsOwnTextWithEveryMentionMarked() throws Exception {
    Document html = Jsoup.parse(get("/id/document/kv-tk-2024Z09902", null).body());
    String text =
        reader
            .select(
                "SELECT ?s WHERE { GRAPH ?d { ?d kg:textContext/nif:isString ?s } }",
                Map.of("d", NodeFactory.createURI(DOC)))
            .get(0)
            .get(Var.alloc("s"))
            .getLiteralLexicalForm();
    Element shown = html.selectFirst(".doctext");
    assertThat(shown.wholeText()).isEqualTo(text);
    List<Binding> mentions =
        reader.select(
            "SELECT ?a ?ent WHERE { GRAPH ?d { ?m kg:inDocument ?d ; nif:anchorOf ?a ;"
                + " kg:refersTo ?ent } }",
            Map.of("d", NodeFactory.createURI(DOC)));
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(5);
    List<Element> marks = html.select(".doctext a.mention");
    assertThat(marks).hasSize(mentions.size()); // none of this document's mentions overlap
    for (Element a : marks) {
      String entity = a.attr("data-entity");
      assertThat(a.attr("href")).isEqualTo(Links.href(entity));
      assertThat(mentions)
          .anySatisfy(
              b -> {
                assertThat(b.get(Var.alloc("ent")).getURI()).isEqualTo(entity);
                assertThat(b.get(Var.alloc("a")).getLiteralLexicalForm()).isEqualTo(a.text());
              });
    }
    // the structure: the asker and the cited Kamerstuk with its page on officielebekendmakingen.nl
    assertThat(html.select(".structure .asker a").eachText()).isNotEmpty();
    assertThat(html.select(".citations a.external").eachAttr("href"))
        .allSatisfy(h -> assertThat(h).startsWith("https://zoek.officielebekendmakingen.nl/kst-"));
    assertThat(html.select("ol.qa > li")).hasSize(5);
  }

  @Test
  void aMembersPageListsTheDocumentsTheyAsked() throws Exception {
    String member = examples.askerOf(DOC);
    Document html = Jsoup.parse(get(Links.href(member), null).body());
    assertThat(html.select("table.docs tbody tr"))
        .anySatisfy(
            tr -> {
              assertThat(tr.selectFirst("a").attr("href")).isEqualTo(Links.href(DOC));
              assertThat(tr.select("td").last().text()).contains("asked");
            });
  }

  @Test
  void everyPageKeepsTheBrowserToThisServer() throws Exception {
    for (String path :
        List.of(
            "/",
            "/sparql",
            "/network",
            "/charts",
            "/search?q=x",
            "/id/partij/vvd",
            Links.href(DOC))) {
      HttpResponse<String> r = get(path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
      Document html = Jsoup.parse(r.body());
      for (String src : html.select("script[src]").eachAttr("src")) {
        assertThat(src).as(path).startsWith("/");
        assertThat(get(src, null).statusCode()).as(src).isEqualTo(200);
      }
      for (String href : html.select("link[rel=stylesheet]").eachAttr("href")) {
        assertThat(href).as(path).startsWith("/");
        assertThat(get(href, null).statusCode()).as(href).isEqualTo(200);
      }
      assertThat(html.select("script:not([src]):not([type=application/json])")).as(path).isEmpty();
    }
  }

  @Test
  void assetsServeTheirFoldersOnly() throws Exception {
    assertThat(get("/assets/workbench.css", null).statusCode()).isEqualTo(200);
    assertThat(get("/assets/../logback.xml", null).statusCode()).isIn(400, 404);
    assertThat(get("/assets/%2e%2e/logback.xml", null).statusCode()).isIn(400, 404);
    assertThat(
            get("/webjars/cytoscape/../../kamergraph/queries/member-nodes.rq", null).statusCode())
        .isIn(400, 404);
    assertThat(get("/assets/nothing.js", null).statusCode()).isEqualTo(404);
    assertThat(get("/webjars/cytoscape/package.json.class", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theSearchFindsAQuestionByAWordOfItsAnswerOnly() throws Exception {
    String word = "terechtkomt";
    String doc = KG.ID + "document/ah-tk-20232024-9901";
    // the word stands in an answer of that document, and in no question anywhere
    assertThat(
            reader.ask(
                "ASK { GRAPH ?g { ?q kg:hasAnswer ?a . ?a kg:text ?t FILTER (CONTAINS(?t, ?w)) } }",
                Map.of("w", NodeFactory.createLiteralString(word))))
        .isTrue();
    assertThat(
            reader.ask(
                "ASK { GRAPH ?g { ?q a kg:Question ; kg:text ?t FILTER (CONTAINS(?t, ?w)) } }",
                Map.of("w", NodeFactory.createLiteralString(word))))
        .isFalse();
    Document html = Jsoup.parse(get("/search?q=" + word, null).body());
    List<Element> hits = html.select("ol.hits > li");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).selectFirst("h3 a").attr("href")).isEqualTo(Links.href(doc));
    assertThat(hits.get(0).select("p.passage"))
        .anySatisfy(
            p -> {
              assertThat(p.selectFirst(".part").text()).isEqualTo("answer 2, 3");
              assertThat(p.select("mark").eachText()).contains(word);
            });
    // in capitals too (the analysis is the index's: DutchTextAnalyzerTest pins its stemming),
    // and nonsense finds nothing
    assertThat(Jsoup.parse(get("/search?q=TERECHTKOMT", null).body()).select("ol.hits > li"))
        .hasSize(1);
    assertThat(Jsoup.parse(get("/search?q=qwxzyv", null).body()).select("ol.hits > li")).isEmpty();
    assertThat(get("/search?q=%22unclosed", null).statusCode()).isIn(200, 400);
  }

  @Test
  void theNetworkDataIsTheExportsNetworkFilteredAsAsked() throws Exception {
    for (String name : List.of("co-askers", "member-ministry", "citations")) {
      var filter = org.w3id.kamergraph.export.NetworkFilter.none();
      var expected =
          org.apache.jena.system.Txn.calculateRead(
              store.dataset(),
              () ->
                  org.w3id.kamergraph.export.NetworkQueries.named(name)
                      .orElseThrow()
                      .compute(store.dataset(), filter));
      var json = JSON.parse(get("/api/network?name=" + name, null).body());
      assertThat(json.get("nodes").getAsArray()).as(name).hasSize(expected.nodes().size());
      assertThat(json.get("edges").getAsArray()).as(name).hasSize(expected.edges().size());
      assertThat(json.get("edges").getAsArray()).as(name).isNotEmpty();
    }
    var all = JSON.parse(get("/api/network?name=co-askers", null).body());
    var d66 = JSON.parse(get("/api/network?name=co-askers&party=D66", null).body());
    var period =
        JSON.parse(get("/api/network?name=co-askers&from=2024-01-01&to=2024-12-31", null).body());
    assertThat(d66.get("edges").getAsArray().size())
        .isPositive()
        .isLessThan(all.get("edges").getAsArray().size());
    assertThat(period.get("edges").getAsArray().size())
        .isLessThan(all.get("edges").getAsArray().size());
    assertThat(get("/api/network?name=nope", null).statusCode()).isEqualTo(400);
    assertThat(get("/api/network?name=co-askers&from=2024-13-01", null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theLibraryListsEveryQueryWithItsTitle() throws Exception {
    var list = JSON.parseAny(get("/library.json", null).body()).getAsArray();
    List<String> names = new QueryLibrary().all().stream().map(QueryLibrary.Entry::name).toList();
    assertThat(list.stream().map(v -> v.getAsObject().getString("name")).toList())
        .containsExactlyElementsOf(names);
    assertThat(list).allSatisfy(v -> assertThat(v.getAsObject().getString("title")).isNotBlank());
  }

  private static Graph parse(String body, Lang lang) {
    return RDFParser.fromString(body, lang).toGraph();
  }
}
