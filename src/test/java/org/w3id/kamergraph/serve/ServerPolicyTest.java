package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.sys.FusekiSystemConstants;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * The server's policy, attacked as a hostile client would: fetches for clients, writes without
 * credentials or from other sites' pages, queries that never end, large requests, many clients.
 */
class ServerPolicyTest {
  static final String JSON = "application/sparql-results+json";

  /** Three copies of the store side by side: 2000³ rows. */
  static final String CARTESIAN =
      " GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } ";

  static final String ALL_QUADS = "SELECT * { GRAPH ?g { ?s ?p ?o } }";
  @TempDir Path tmp;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  DatasetGraph data;
  Listener listener;

  @BeforeEach
  void setUp() throws IOException {
    data = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(
        data,
        () -> {
          Node g = NodeFactory.createURI("http://example.org/g");
          for (int i = 0; i < 2000; i++) {
            data.add(
                g,
                NodeFactory.createURI("http://example.org/s" + i),
                NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("o" + i));
          }
        });
    listener = new Listener();
  }

  @AfterEach
  void tearDown() throws IOException {
    listener.close();
  }

  @Test
  void serviceIsRefusedAndTheTargetSeesNoConnectionAlsoWhenTheIriIsComputed() throws Exception {
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0))) {
      String target = "http://127.0.0.1:" + listener.port() + "/secret";
      HttpResponse<String> direct = query(s, "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }");
      String computed =
          "SELECT * { BIND (IRI(CONCAT(\"http://127.0.0.1:\", \""
              + listener.port()
              + "\", \"/x\")) AS ?u) SERVICE ?u { ?s ?p ?o } }";
      HttpResponse<String> bound = query(s, computed);
      assertThat(direct.statusCode()).isNotEqualTo(200);
      assertThat(direct.body()).contains("refused").doesNotContain("listener-body");
      assertThat(bound.statusCode()).isNotEqualTo(200);
      Thread.sleep(300);
      assertThat(listener.connections()).as("connections the server made").isZero();
    }
  }

  @Test
  void serviceReachesAHostOnlyWhenItIsNamed() throws Exception {
    ServerPolicy p = ServerPolicy.defaults().withPort(0).withServiceHosts(Set.of("127.0.0.1"));
    try (KamergraphServer s = start(p)) {
      query(s, "SELECT * { SERVICE <http://127.0.0.1:" + listener.port() + "/x> { ?s ?p ?o } }");
      assertThat(listener.awaitConnection()).as("the named host was fetched from").isTrue();
    }
  }

  @Test
  void writesNeedCredentialsAndLoadFetchesNothing() throws Exception {
    try (KamergraphServer s = start(writable())) {
      String update = "DROP ALL";
      assertThat(update(s, update, null, null).statusCode()).isEqualTo(401);
      assertThat(update(s, update, "writer:wrong", null).statusCode()).isEqualTo(401);
      assertThat(count(s)).isEqualTo(2000);

      HttpResponse<String> load =
          update(
              s, "LOAD <http://127.0.0.1:" + listener.port() + "/data.ttl>", "writer:secret", null);
      assertThat(load.statusCode()).isNotEqualTo(200);
      assertThat(load.body()).contains("refused");
      Thread.sleep(300);
      assertThat(listener.connections()).isZero();

      assertThat(update(s, update, "writer:secret", null).statusCode()).isBetween(200, 299);
      assertThat(count(s)).isZero();
    }
  }

  @Test
  void aFormPostedFromAnotherSitesPageIsRefusedEvenWithCredentials() throws Exception {
    try (KamergraphServer s = start(writable())) {
      HttpResponse<String> r = update(s, "DROP ALL", "writer:secret", "https://evil.example");
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(count(s)).isEqualTo(2000);
      // from the server's own origin (its own pages) the same request passes
      String own = "http://127.0.0.1:" + s.port();
      assertThat(update(s, "DROP ALL", "writer:secret", own).statusCode()).isBetween(200, 299);
    }
  }

  @Test
  void crossOriginReadsOnlyForTheOriginsNamed() throws Exception {
    try (KamergraphServer closed = start(ServerPolicy.defaults().withPort(0))) {
      HttpResponse<String> r = get(closed, "ASK {}", "https://viewer.example");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    ServerPolicy open =
        ServerPolicy.defaults().withPort(0).withCorsOrigins(List.of("https://viewer.example"));
    try (KamergraphServer s = start(open)) {
      HttpResponse<String> r = get(s, "ASK {}", "https://viewer.example");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
          .contains("https://viewer.example");
      assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
      HttpResponse<String> other = get(s, "ASK {}", "https://other.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void aQueryThatNeverEndsIsCancelledAndTheServerKeepsAnswering() throws Exception {
    ServerPolicy p = ServerPolicy.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(2));
    try (KamergraphServer s = start(p)) {
      String cartesian = "SELECT * {" + CARTESIAN + "} ORDER BY ?c ?f ?i";
      long t0 = System.nanoTime();
      CompletableFuture<HttpResponse<String>> slow =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(s.queryUrl()))
                  .header("Content-Type", "application/sparql-query")
                  .header("Accept", JSON)
                  .POST(HttpRequest.BodyPublishers.ofString(cartesian))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(500);
      assertThat(pingMillis(s)).as("ping while the query runs").isLessThan(1000);
      HttpResponse<String> r = slow.get();
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertThat(r.statusCode()).isNotEqualTo(200);
      assertThat(seconds).as("cancelled near the 2 s timeout").isLessThan(20);
      assertThat(pingMillis(s)).as("ping afterwards").isLessThan(1000);
    }
  }

  @Test
  void aQueryWhoseClientHangsUpStopsLongBeforeItsTimeout() throws Exception {
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0))) {
      assertThat(s.policy().queryTimeout()).isEqualTo(Duration.ofSeconds(60));
      try (Socket client = sendRaw(s, "SELECT * {" + CARTESIAN + "} ORDER BY ?c ?f ?i", "")) {
        assertThat(await(() -> s.activity().inFlight() == 1, Duration.ofSeconds(10))).isTrue();
        Thread.sleep(1000);
        assertThat(s.activity().inFlight()).as("the query runs on while its client waits").isOne();
      }
      assertThat(pingMillis(s)).as("ping while the query is stopped").isLessThan(1000);
      assertThat(await(() -> s.activity().inFlight() == 0, Duration.ofSeconds(15)))
          .as("the request thread is free within 15 s of the hang-up (the timeout is 60 s)")
          .isTrue();
      assertThat(s.activity().clientsGone()).isOne();
      assertThat(pingMillis(s)).as("ping afterwards").isLessThan(1000);
    }
  }

  @Test
  void aRequestPipelinedBehindARunningQueryIsNotTakenForAHangUp() throws Exception {
    ServerPolicy p = ServerPolicy.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(3));
    try (KamergraphServer s = start(p);
        Socket client = sendRaw(s, "SELECT (COUNT(*) AS ?n) {" + CARTESIAN + "}", "")) {
      assertThat(await(() -> s.activity().inFlight() == 1, Duration.ofSeconds(10))).isTrue();
      Thread.sleep(300);
      // a second request on the same connection while the first runs: bytes to read, no hang-up
      client.getOutputStream().write(rawRequest("ASK {}", "Connection: close\r\n"));
      client.setSoTimeout(60_000);
      String both = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(both).as("the first query ran into its timeout").startsWith("HTTP/1.1 503");
      assertThat(both).as("the second was answered").contains("HTTP/1.1 200").contains("true");
      assertThat(s.activity().clientsGone()).isZero();
    }
  }

  @Test
  void aCsvResultIsNotSentCellByCell() throws Exception {
    // Jena's CSV writer flushes after every cell; passed on, each flush was a chunk on the wire
    // (a 4,600-row result took three times as long as the same rows as TSV)
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0));
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
      socket.getOutputStream().write(rawRequest(ALL_QUADS, "text/csv", ""));
      socket.setSoTimeout(30_000);
      java.io.BufferedInputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      StringBuilder headers = new StringBuilder();
      for (String line = crlfLine(in); !line.isEmpty(); line = crlfLine(in)) {
        headers.append(line.toLowerCase(java.util.Locale.ROOT)).append('\n');
      }
      assertThat(headers.toString()).startsWith("http/1.1 200");
      int chunks = 0;
      java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
      java.util.regex.Matcher length =
          java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(headers);
      if (length.find()) { // sent whole, after the writer finished: one write
        chunks = 1;
        csv.write(in.readNBytes(Integer.parseInt(length.group(1))));
      } else { // kept alive and under way before the end: in chunks, as many as writes
        assertThat(headers.toString()).contains("transfer-encoding: chunked");
        for (int size = Integer.parseInt(crlfLine(in).trim(), 16);
            size > 0;
            size = Integer.parseInt(crlfLine(in).trim(), 16)) {
          chunks++;
          csv.write(in.readNBytes(size));
          crlfLine(in);
        }
      }
      assertThat(csv.toString(StandardCharsets.UTF_8).lines().count())
          .as("header and 2,000 rows")
          .isEqualTo(2001);
      assertThat(chunks).as("network chunks for 2,000 rows of CSV").isLessThanOrEqualTo(4);
    }
  }

  /** One line of an HTTP response, without its CR LF. */
  private static String crlfLine(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new java.io.EOFException("the response ended mid-line");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aResponsePastTheBoundIsRefusedWhenNothingWasSentYetAndSmallOnesPass() throws Exception {
    ServerPolicy p = ServerPolicy.defaults().withPort(0).withMaxResultBytes(10_240);
    try (KamergraphServer s = start(p)) {
      HttpResponse<String> big = query(s, ALL_QUADS);
      assertThat(big.statusCode()).isEqualTo(507);
      assertThat(big.body())
          .contains("larger than 10240 bytes")
          .contains("--max-result-bytes")
          .doesNotContain("example.org/s");
      HttpResponse<String> small = query(s, "SELECT ?s { GRAPH ?g { ?s ?p \"o7\" } }");
      assertThat(small.statusCode()).isEqualTo(200);
      assertThat(small.body()).contains("http://example.org/s7");
      assertThat(count(s)).isEqualTo(2000);
      assertThat(s.activity().resultsCut()).isOne();
    }
  }

  @Test
  void aStreamedResponseIsCutAtTheBoundAndItsQueryStops() throws Exception {
    // past the output buffer Fuseki gives Jetty (5 MiB): the response is under way at the bound
    long bound = FusekiSystemConstants.jettyOutputBufferSize + (1L << 20);
    ServerPolicy p = ServerPolicy.defaults().withPort(0).withMaxResultBytes(bound);
    try (KamergraphServer s = start(p)) {
      // billions of rows, streamed as they are found: only the 60 s timeout would end it
      HttpResponse<InputStream> r =
          http.send(
              HttpRequest.newBuilder(URI.create(s.queryUrl()))
                  .header("Content-Type", "application/sparql-query")
                  .header("Accept", JSON)
                  .POST(HttpRequest.BodyPublishers.ofString("SELECT * {" + CARTESIAN + "}"))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      long received = 0;
      IOException failure = null;
      try (InputStream in = r.body()) {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          received += n;
        }
      } catch (IOException e) {
        failure = e;
      }
      assertThat(failure).as("a cut response ends in an error, not as if complete").isNotNull();
      assertThat(received).isPositive().isLessThanOrEqualTo(bound);
      assertThat(await(() -> s.activity().inFlight() == 0, Duration.ofSeconds(15)))
          .as("the query stopped")
          .isTrue();
      assertThat(s.activity().resultsCut()).isOne();
    }
  }

  @Test
  void aClientWithValidCredentialsIsNotBounded() throws Exception {
    ServerPolicy p = writable().withMaxResultBytes(10_240);
    try (KamergraphServer s = start(p)) {
      assertThat(query(s, ALL_QUADS).statusCode()).isEqualTo(507);
      assertThat(query(s, ALL_QUADS, "writer:wrong").statusCode()).isEqualTo(507);
      HttpResponse<String> r = query(s, ALL_QUADS, "writer:secret");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body().length()).isGreaterThan(10_240);
      assertThat(r.body()).contains("http://example.org/s1999");
    }
  }

  @Test
  void aResultBoundBelowOneKilobyteIsRefused() {
    assertThatThrownBy(() -> ServerPolicy.defaults().withMaxResultBytes(100))
        .isInstanceOf(KamergraphException.class)
        .hasMessageContaining("at least 1024 bytes");
    assertThat(ServerPolicy.defaults().maxResultBytes()).isEqualTo(256L << 20);
  }

  @Test
  void largeRequestsAndTheStatisticsEndpointAreRefused() throws Exception {
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0))) {
      String big = "ASK { FILTER (\"" + "x".repeat(2 << 20) + "\" != \"\") }";
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(s.queryUrl()))
                  .header("Content-Type", "application/sparql-query")
                  .POST(HttpRequest.BodyPublishers.ofString(big))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(413);
      HttpResponse<String> stats =
          http.send(
              HttpRequest.newBuilder(URI.create(s.baseUrl() + "/$/stats")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(stats.statusCode()).isEqualTo(404);
      HttpResponse<String> dump =
          http.send(
              HttpRequest.newBuilder(URI.create(s.baseUrl() + KamergraphServer.DATASET))
                  .header("Accept", "application/n-quads")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(dump.body()).as("no dump of the whole store").doesNotContain("example.org/s1");
    }
  }

  @Test
  void aDumpOfTheWholeStoreIsServedOnlyWhenAskedForAndStreamsAsNQuads() throws Exception {
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0).withDump(true))) {
      HttpResponse<java.io.InputStream> dump =
          http.send(
              HttpRequest.newBuilder(URI.create(s.baseUrl() + KamergraphServer.DATASET))
                  .header("Accept", "application/n-quads")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(dump.statusCode()).isEqualTo(200);
      org.apache.jena.sparql.core.DatasetGraph read =
          org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
      try (java.io.InputStream in = dump.body()) {
        org.apache.jena.riot.RDFParser.source(in)
            .lang(org.apache.jena.riot.Lang.NQUADS)
            .parse(read);
      }
      long stored =
          org.apache.jena.system.Txn.calculateRead(
              data, () -> org.apache.jena.atlas.iterator.Iter.count(data.find()));
      assertThat(stored).isPositive();
      assertThat(org.apache.jena.atlas.iterator.Iter.count(read.find())).isEqualTo(stored);
    }
  }

  @Test
  void fiveHundredClientsAtOnceAreAllAnswered() throws Exception {
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0))) {
      List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
      HttpClient[] clients = new HttpClient[500];
      for (int i = 0; i < clients.length; i++) {
        // one client each: each opens its own connection, as 500 users would
        clients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        all.add(
            clients[i].sendAsync(
                HttpRequest.newBuilder(
                        URI.create(
                            s.queryUrl()
                                + "?query="
                                + URLEncoder.encode(
                                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                                    StandardCharsets.UTF_8)))
                    .header("Accept", JSON)
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      int ok = 0;
      List<String> errors = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> f : all) {
        try {
          if (f.get().statusCode() == 200) {
            ok++;
          } else {
            errors.add("HTTP " + f.get().statusCode());
          }
        } catch (java.util.concurrent.ExecutionException e) {
          errors.add(String.valueOf(e.getCause()));
        }
      }
      assertThat(errors).isEmpty();
      assertThat(ok).isEqualTo(500);
    }
  }

  @Test
  void policiesThatWouldExposeTheStoreAreRefusedBeforeStarting() throws IOException {
    Path pw = passwords();
    assertThatThrownBy(
            () -> ServerPolicy.defaults().withUpdates(true, Optional.empty(), false).check())
        .isInstanceOf(KamergraphException.class)
        .hasMessageContaining("--password-file");
    assertThatThrownBy(
            () ->
                ServerPolicy.defaults()
                    .withHost("0.0.0.0")
                    .withUpdates(true, Optional.of(pw), false)
                    .check())
        .isInstanceOf(KamergraphException.class)
        .hasMessageContaining("--behind-tls");
    assertThat(
            ServerPolicy.defaults()
                .withHost("0.0.0.0")
                .withUpdates(true, Optional.of(pw), true)
                .check()
                .loopback())
        .isFalse();
    assertThatThrownBy(
            () ->
                ServerPolicy.defaults()
                    .withUpdates(true, Optional.of(tmp.resolve("missing")), false)
                    .check())
        .hasMessageContaining("cannot read the password file");
    assertThatThrownBy(() -> ServerPolicy.defaults().withHost("10.1.2.3").loopback())
        .hasMessageContaining("cannot listen on 10.1.2.3");
    assertThat(ServerPolicy.defaults().withHost("::1").urlHost()).isEqualTo("[::1]");
  }

  @Test
  void anIpv6LoopbackServerListensThereAndNamesItsUrlWithBrackets() throws Exception {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      assertThat(probe.getLocalPort()).isPositive();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "this machine has no IPv6 loopback");
    }
    try (KamergraphServer s = start(ServerPolicy.defaults().withPort(0).withHost("::1"))) {
      assertThat(s.queryUrl()).startsWith("http://[::1]:" + s.port() + "/");
      assertThat(pingMillis(s)).isLessThan(5000);
    }
  }

  // ---

  private KamergraphServer start(ServerPolicy p) {
    return KamergraphServer.builder(data).policy(p).start();
  }

  private ServerPolicy writable() throws IOException {
    return ServerPolicy.defaults().withPort(0).withUpdates(true, Optional.of(passwords()), false);
  }

  private Path passwords() throws IOException {
    Path f = tmp.resolve("passwords");
    if (!Files.exists(f)) {
      Files.writeString(f, "writer: secret\n");
    }
    return f;
  }

  private HttpResponse<String> query(KamergraphServer s, String q) throws Exception {
    return query(s, q, null);
  }

  private HttpResponse<String> query(KamergraphServer s, String q, String credentials)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.queryUrl()))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(q))
            .timeout(Duration.ofSeconds(60));
    return http.send(authorized(b, credentials).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@code b} with HTTP Basic credentials ({@code user:password}), if any. */
  private static HttpRequest.Builder authorized(HttpRequest.Builder b, String credentials) {
    if (credentials != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  /** A query POSTed over a plain socket, which the caller may close at any moment. */
  private static Socket sendRaw(KamergraphServer s, String q, String headers) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port());
    socket.getOutputStream().write(rawRequest(q, headers));
    socket.getOutputStream().flush();
    return socket;
  }

  private static byte[] rawRequest(String q, String headers) {
    return rawRequest(q, JSON, headers);
  }

  private static byte[] rawRequest(String q, String accept, String headers) {
    byte[] body = q.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + KamergraphServer.DATASET
            + "/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            + "Accept: "
            + accept
            + "\r\nContent-Length: "
            + body.length
            + "\r\n"
            + headers
            + "\r\n";
    byte[] all = new byte[head.length() + body.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, all, 0, head.length());
    System.arraycopy(body, 0, all, head.length(), body.length);
    return all;
  }

  /** Whether {@code condition} held within {@code limit}, looked at every 50 ms. */
  private static boolean await(java.util.function.BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private HttpResponse<String> get(KamergraphServer s, String q, String origin) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(s.queryUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .header("Accept", JSON)
            .header("Origin", origin)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An update sent as a browser's form would send it, with optional credentials and origin. */
  private HttpResponse<String> update(
      KamergraphServer s, String update, String credentials, String origin) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.baseUrl() + KamergraphServer.DATASET + "/update"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
    authorized(b, credentials);
    if (origin != null) {
      b.header("Origin", origin);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long count(KamergraphServer s) throws Exception {
    HttpResponse<String> r = query(s, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    String body = r.body();
    int i = body.indexOf("\"value\"");
    return Long.parseLong(
        body.substring(
            body.indexOf('"', i + 8) + 1, body.indexOf('"', body.indexOf('"', i + 8) + 1)));
  }

  private long pingMillis(KamergraphServer s) throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(s.baseUrl() + "/$/ping"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** A loopback TCP listener that counts the connections made to it and closes each. */
  static final class Listener implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread thread;

    Listener() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      socket.setSoTimeout(200);
      thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket c = socket.accept()) {
                    connections.incrementAndGet();
                    c.getOutputStream()
                        .write(
                            "HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\nlistener-body"
                                .getBytes(StandardCharsets.US_ASCII));
                  } catch (SocketTimeoutException e) {
                    // look again whether the socket was closed
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    boolean awaitConnection() throws InterruptedException {
      for (int i = 0; i < 100 && connections.get() == 0; i++) {
        Thread.sleep(50);
      }
      return connections.get() > 0;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
