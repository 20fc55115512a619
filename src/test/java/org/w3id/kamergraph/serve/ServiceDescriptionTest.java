package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The endpoint describes itself (SPARQL 1.1 Service Description at the endpoint, VoID at {@code
 * /kamergraph/void}), takes a shorter {@code timeout=} and the result format names SPARQLWrapper
 * sends. Over HTTP, against the real server on the examples.
 */
class ServiceDescriptionTest {
  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String VOID = "http://rdfs.org/ns/void#";

  @TempDir static Path tmp;
  static ExamplesServer examples;
  static TdbStore store;
  static KamergraphServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    examples = ExamplesServer.start(tmp);
    store = examples.store();
    server = examples.server();
    base = examples.base();
  }

  @AfterAll
  static void stop() {
    if (examples != null) {
      examples.close();
    }
  }

  @Test
  void theEndpointWithoutAQueryAnswersWithItsServiceDescription() throws Exception {
    for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
      HttpResponse<String> r = get(base + "/sparql", accept);
      assertThat(r.statusCode()).as(accept).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
      Model m = parse(r.body(), accept);
      Resource service = m.createResource(base + "/sparql");
      assertThat(m.contains(service, RDF.type, m.createResource(SD + "Service"))).isTrue();
      assertThat(m.contains(service, p(m, SD + "endpoint"), service)).isTrue();
      assertThat(
              m.contains(service, p(m, SD + "feature"), m.createResource(SD + "UnionDefaultGraph")))
          .isTrue();
      assertThat(
              m.contains(
                  service, p(m, SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query")))
          .isTrue();
      Resource dataset = service.getPropertyResourceValue(p(m, SD + "defaultDataset"));
      assertThat(dataset).isNotNull();
      assertThat(dataset.getProperty(DCTerms.title).getString()).isEqualTo("kamergraph");
      assertThat(
              m.listObjectsOfProperty(p(m, SD + "name")).toList().stream().map(RDFNode::toString))
          .contains(KG.ID + "graph/partijen", KG.ID + "graph/ministeries");
    }
    // SERVICE is not allowed by default, so federated query is not claimed
    assertThat(get(base + "/sparql", "text/turtle").body()).doesNotContain("BasicFederatedQuery");
    // a query still runs as before
    HttpResponse<String> q =
        get(
            base + "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
            "application/sparql-results+json");
    assertThat(q.statusCode()).isEqualTo(200);
    assertThat(q.body()).contains("\"boolean\"");
  }

  @Test
  void voidCountsWhatTheStoreHolds() throws Exception {
    long quads = Txn.calculateRead(store.dataset(), () -> count(store.dataset().find()));
    Model m = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      m = parse(get(base + "/void", "text/turtle").body(), "text/turtle");
      if (m.listObjectsOfProperty(p(m, VOID + "triples")).hasNext()) {
        break;
      }
      Thread.sleep(100); // the server counts on a thread of its own from when it starts
    }
    Resource dataset = m.createResource(base + "/void#dataset");
    assertThat(m.contains(dataset, RDF.type, m.createResource(VOID + "Dataset"))).isTrue();
    assertThat(dataset.getProperty(p(m, VOID + "triples")).getLong()).isEqualTo(quads);
    assertThat(dataset.getProperty(p(m, VOID + "documents")).getLong()).isEqualTo(5);
    assertThat(dataset.getPropertyResourceValue(p(m, VOID + "sparqlEndpoint")).getURI())
        .isEqualTo(base + "/sparql");
    assertThat(m.listObjectsOfProperty(dataset, p(m, VOID + "vocabulary")).toList())
        .extracting(RDFNode::toString)
        .contains(KG.NS, DCTerms.NS);
    // the class partition of kg:Document says five, as the store does
    Resource partition =
        m.listSubjectsWithProperty(p(m, VOID + "class"), KG.Document).toList().get(0);
    assertThat(partition.getProperty(p(m, VOID + "entities")).getLong()).isEqualTo(5);
    // where the reference data comes from, with a licence
    assertThat(m.listObjectsOfProperty(dataset, DCTerms.source).toList()).hasSizeGreaterThan(2);
    assertThat(m.listObjectsOfProperty(DCTerms.license).toList()).isNotEmpty();
    assertThat(m.listObjectsOfProperty(dataset, p(m, VOID + "exampleResource")).toList())
        .isNotEmpty();
    assertThat(
            get("http://127.0.0.1:" + server.port() + "/.well-known/void", "text/turtle")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aClientMayAskForAShorterTimeoutNotALongerOne() throws Exception {
    String everyTriple = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    long start = System.nanoTime();
    HttpResponse<String> r =
        get(
            base
                + "/sparql?timeout=0.5&query="
                + URLEncoder.encode(everyTriple, StandardCharsets.UTF_8),
            "application/sparql-results+json");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(r.statusCode()).isEqualTo(503);
    // the server's own timeout is 60 s: stopping in a fraction of it means the parameter was read
    assertThat(took).isLessThan(Duration.ofSeconds(20));
    HttpResponse<String> bad =
        get(
            base
                + "/sparql?timeout=soon&query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
            "*/*");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("timeout");
  }

  @Test
  void resultFormatNamesSparqlWrapperSendsAreUnderstood() throws Exception {
    String construct =
        URLEncoder.encode(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8);
    for (String[] c :
        List.of(
            new String[] {"n3", "text/turtle"},
            new String[] {"rdf+xml", "application/rdf+xml"},
            new String[] {"turtle", "text/turtle"})) {
      HttpResponse<String> r =
          get(
              base
                  + "/sparql?output="
                  + URLEncoder.encode(c[0], StandardCharsets.UTF_8)
                  + "&format="
                  + URLEncoder.encode(c[0], StandardCharsets.UTF_8)
                  + "&query="
                  + construct,
              "*/*");
      assertThat(r.statusCode()).as(c[0]).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(c[0]).startsWith(c[1]);
    }
  }

  private static long count(java.util.Iterator<?> it) {
    long n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return n;
  }

  private static Property p(Model m, String iri) {
    return m.createProperty(iri);
  }

  private static Model parse(String body, String contentType) {
    Model m = ModelFactory.createDefaultModel();
    Lang lang = RDFLanguages.contentTypeToLang(contentType);
    RDFParser.fromString(body, lang).base("http://example.org/").parse(m);
    return m;
  }

  private static HttpResponse<String> get(String url, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
