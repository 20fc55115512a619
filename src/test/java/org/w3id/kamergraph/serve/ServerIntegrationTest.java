package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.QueryLibrary;
import org.w3id.kamergraph.store.TdbStore;

/** A real Fuseki on 127.0.0.1, spoken to over HTTP: SPARQL, Graph Store reads, refused writes. */
class ServerIntegrationTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");
  static final String DOC_9902 = "https://w3id.org/kamergraph/id/document/kv-tk-2024Z09902";
  static final String PREFIX = "PREFIX kg: <https://w3id.org/kamergraph/def#>\n";
  static final String RESULTS_JSON = "application/sparql-results+json";

  @TempDir static Path tmp;
  static TdbStore store;
  static KamergraphServer server;
  static String base;

  @BeforeAll
  static void start() {
    store = TdbStore.open(tmp.resolve("db"));
    Build.Report r = TestBuilds.build(Pipeline.standard(), store, List.of(EXAMPLES));
    assertThat(r.added()).isEqualTo(5);
    server = KamergraphServer.builder(store.dataset()).port(0).host("127.0.0.1").start();
    assertThat(server.port()).isPositive();
    base = "http://127.0.0.1:" + server.port() + KamergraphServer.DATASET;
    assertThat(server.queryUrl()).isEqualTo(base + "/sparql");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void pingAnswers() throws Exception {
    HttpResponse<String> r = get("http://127.0.0.1:" + server.port() + "/$/ping", "text/plain");
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void selectByPostCountsTheDocuments() throws Exception {
    HttpResponse<String> r =
        postQuery(
            base + "/sparql",
            PREFIX + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith(RESULTS_JSON));
    assertThat(bindings(r.body()).get(0).get("n").getAsObject().getString("value")).isEqualTo("5");
  }

  @Test
  void selectByGetReturnsTheSourceFiles() throws Exception {
    String q = PREFIX + "SELECT ?f WHERE { ?d a kg:Document ; kg:sourceFile ?f } ORDER BY ?f";
    HttpResponse<String> r =
        get(base + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), RESULTS_JSON);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> files =
        bindings(r.body()).stream().map(b -> b.get("f").getAsObject().getString("value")).toList();
    assertThat(files)
        .containsExactly(
            "ah-tk-20222023-9903.txt",
            "ah-tk-20232024-9901.txt",
            "ah-tk-20242025-9905.md",
            "kv-tk-2023Z09904.html",
            "kv-tk-2024Z09902.txt");
    // the /query endpoint answers too
    assertThat(
            get(base + "/query?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), RESULTS_JSON)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void graphStoreReadReturnsTheDocumentsGraph() throws Exception {
    HttpResponse<String> r =
        get(
            base + "/data?graph=" + URLEncoder.encode(DOC_9902, StandardCharsets.UTF_8),
            "text/turtle");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
    assertThat(g.contains(NodeFactory.createURI(DOC_9902), RDF.type.asNode(), KG.Document.asNode()))
        .isTrue();
    assertThat(
            g.contains(
                NodeFactory.createURI(DOC_9902),
                KG.sourceFile.asNode(),
                NodeFactory.createLiteralString("kv-tk-2024Z09902.txt")))
        .isTrue();

    HttpResponse<String> missing =
        get(
            base + "/data?graph=" + URLEncoder.encode(DOC_9902 + "-nope", StandardCharsets.UTF_8),
            "text/turtle");
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void writesAreRefusedWhenReadOnly() throws Exception {
    HttpResponse<String> update =
        post(
            base + "/update",
            "application/sparql-update",
            PREFIX
                + "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> a kg:Document } }");
    assertThat(update.statusCode()).as(update.body()).isBetween(400, 499);
    HttpResponse<String> viaDataset =
        post(
            base,
            "application/sparql-update",
            PREFIX
                + "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> a kg:Document } }");
    assertThat(viaDataset.statusCode()).as(viaDataset.body()).isBetween(400, 499);
    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/data?graph="
                            + URLEncoder.encode(DOC_9902, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "<http://example.org/s> <http://example.org/p> <http://example.org/o> .")));
    assertThat(put.statusCode()).as(put.body()).isBetween(400, 499);
    HttpResponse<String> delete =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/data?graph="
                            + URLEncoder.encode(DOC_9902, StandardCharsets.UTF_8)))
                .DELETE());
    assertThat(delete.statusCode()).isBetween(400, 499);

    HttpResponse<String> count =
        postQuery(base + "/sparql", "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }");
    assertThat(JSON.parse(count.body()).get("boolean").getAsBoolean().value()).isFalse();
    HttpResponse<String> still =
        get(
            base + "/data?graph=" + URLEncoder.encode(DOC_9902, StandardCharsets.UTF_8),
            "text/turtle");
    assertThat(still.body()).doesNotContain("http://example.org/s");
  }

  @Test
  void updatesAreAcceptedWhenAllowed() throws Exception {
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    Path passwords = java.nio.file.Files.writeString(tmp.resolve("passwords"), "writer: secret\n");
    ServerPolicy policy =
        ServerPolicy.defaults()
            .withPort(0)
            .withUpdates(true, java.util.Optional.of(passwords), false);
    String auth =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("writer:secret".getBytes(StandardCharsets.UTF_8));
    try (KamergraphServer rw = KamergraphServer.builder(mem).policy(policy).start()) {
      String rwBase = "http://127.0.0.1:" + rw.port() + KamergraphServer.DATASET;
      HttpResponse<String> update =
          send(
              HttpRequest.newBuilder(URI.create(rwBase + "/update"))
                  .header("Content-Type", "application/sparql-update")
                  .header("Authorization", auth)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          PREFIX
                              + "INSERT DATA { GRAPH <http://example.org/g> {"
                              + " <http://example.org/s> a kg:Document } }")));
      assertThat(update.statusCode()).as(update.body()).isBetween(200, 299);
      HttpResponse<String> put =
          send(
              HttpRequest.newBuilder(URI.create(rwBase + "/data?graph=http://example.org/h"))
                  .header("Content-Type", "text/turtle")
                  .header("Authorization", auth)
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "<http://example.org/s> <http://example.org/p> <http://example.org/o> .")));
      assertThat(put.statusCode()).as(put.body()).isBetween(200, 299);
      HttpResponse<String> ask =
          postQuery(
              rwBase + "/sparql",
              "ASK { GRAPH <http://example.org/g> { <http://example.org/s> a ?t } GRAPH <http://example.org/h> { <http://example.org/s> ?p ?o } }");
      assertThat(JSON.parse(ask.body()).get("boolean").getAsBoolean().value()).isTrue();
    }
  }

  @Test
  void everyLibraryQueryRunsOnTheServer() throws Exception {
    Map<String, Integer> rows = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    List<QueryLibrary.Entry> all = new QueryLibrary().all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(10);
    for (QueryLibrary.Entry e : all) {
      Query q = QueryFactory.create(e.text());
      String accept = q.isSelectType() || q.isAskType() ? RESULTS_JSON : "application/n-triples";
      HttpResponse<String> r = post(base + "/sparql", "application/sparql-query", e.text(), accept);
      if (r.statusCode() != 200) {
        errors.add(e.name() + ": HTTP " + r.statusCode() + " " + r.body());
        continue;
      }
      rows.put(
          e.name(),
          q.isSelectType() ? bindings(r.body()).size() : r.body().lines().toList().size());
    }
    System.out.println("library queries over the examples, rows returned: " + rows);
    assertThat(errors).isEmpty();
    // queries the examples certainly feed
    assertThat(rows.get("document-sources")).isEqualTo(5);
    assertThat(rows).allSatisfy((name, n) -> assertThat(n).as(name).isNotNegative());
  }

  /**
   * {@code serve INPUT --db DIR --port P} through the CLI in a background thread. The command
   * blocks in {@code server.join()} and offers no way to stop it; an interrupt ends the join, and
   * the command's try-with-resources then stops Jetty and closes the store.
   */
  @Test
  void serveThroughTheCli() throws Exception {
    Path db = tmp.resolve("cli-db");
    CliServer cli = CliServer.start(EXAMPLES.toString(), "--db", db.toString());
    int port = cli.port;
    StringWriter err = cli.err;
    String ping = cli.base() + "/$/ping";
    boolean up = cli.up();
    assertThat(up).as("server came up; stderr: %s", err).isTrue();
    assertThat(err.toString())
        .contains("5 added")
        .contains("http://127.0.0.1:" + port + "/kamergraph/sparql")
        .contains("read-only");
    HttpResponse<String> r =
        postQuery(
            "http://127.0.0.1:" + port + "/kamergraph/sparql",
            PREFIX + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }");
    assertThat(bindings(r.body()).get(0).get("n").getAsObject().getString("value")).isEqualTo("5");

    boolean stopped = cli.stop();
    boolean portClosed;
    try {
      get(ping, "text/plain");
      portClosed = false;
    } catch (IOException e) {
      portClosed = true;
    }
    assertThat(stopped).as("serve returned after an interrupt; stderr: %s", err).isTrue();
    assertThat(portClosed).as("Jetty stopped").isTrue();
  }

  // --- HTTP helpers

  static HttpResponse<String> get(String url, String accept)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
  }

  static HttpResponse<String> postQuery(String url, String query)
      throws IOException, InterruptedException {
    return post(url, "application/sparql-query", query, RESULTS_JSON);
  }

  static HttpResponse<String> post(String url, String contentType, String body)
      throws IOException, InterruptedException {
    return post(url, contentType, body, "*/*");
  }

  static HttpResponse<String> post(String url, String contentType, String body, String accept)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /**
   * Sends on a client of its own: Jetty answers a refused write before reading its body and then
   * closes the connection, and a shared client would reuse that closed connection for the next
   * request ("header parser received no bytes").
   */
  static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client.send(
        b.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static List<JsonObject> bindings(String json) {
    JsonArray a = JSON.parse(json).getObj("results").get("bindings").getAsArray();
    return a.stream().map(v -> v.getAsObject()).toList();
  }
}
