package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.serve.KamergraphServer;
import org.w3id.kamergraph.serve.ServerPolicy;
import org.w3id.kamergraph.store.TdbGraphSink;
import org.w3id.kamergraph.store.TdbStore;

/**
 * A stored document graph changed behind the build's back, though it still carries its input's
 * content hash, is found by its digest and built again: after a write through the server's API by
 * default, after any other change with {@code verifyGraphs}. A store nobody touched is found intact
 * (no graph is rebuilt for nothing).
 */
class GraphIntegrityTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");
  static final String DOC = "https://w3id.org/kamergraph/id/document/kv-tk-2024Z09902";
  static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  private static Build.Report build(TdbStore store, boolean verify, TestBuilds.Recorder recorder) {
    Build.Options o = new Build.Options(2, false, Build.Options.DEFAULT_DOCUMENT_TIMEOUT, verify);
    try (TdbGraphSink sink = new TdbGraphSink(store)) {
      return new Build(pipeline, o).run(List.of(EXAMPLES), sink, recorder);
    }
  }

  private static Graph copy(TdbStore store, String iri) {
    Graph out = GraphFactory.createDefaultGraph();
    Txn.executeRead(
        store.dataset(),
        () ->
            store.dataset().getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(out::add));
    return out;
  }

  @Test
  void aGraphRewrittenThroughTheWriteApiIsBuiltAgainByTheNextBuild() throws Exception {
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      assertThat(build(store, false, new TestBuilds.Recorder()).added()).isEqualTo(5);
      build(store, false, new TestBuilds.Recorder()); // no longer the first load: links settled
      Graph before = copy(store, DOC);
      assertThat(before.find(Node.ANY, KG.contentHash.asNode(), Node.ANY).hasNext()).isTrue();

      Path passwords = Files.writeString(tmp.resolve("pw"), "writer: secret\n");
      ServerPolicy writable =
          ServerPolicy.defaults().withPort(0).withUpdates(true, Optional.of(passwords), false);
      try (KamergraphServer server =
          KamergraphServer.builder(store.dataset()).policy(writable).start()) {
        // the askers go, the content hash stays: by its hash the document is unchanged
        String update =
            "DELETE WHERE { GRAPH <" + DOC + "> { ?d <" + KG.askedBy.getURI() + "> ?who } }";
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(server.baseUrl() + KamergraphServer.DATASET + "/update"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                            "Authorization",
                            "Basic "
                                + Base64.getEncoder()
                                    .encodeToString(
                                        "writer:secret".getBytes(StandardCharsets.UTF_8)))
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
      }
      assertThat(copy(store, DOC).size()).isLessThan(before.size());

      TestBuilds.Recorder recorder = new TestBuilds.Recorder();
      Build.Report repaired = build(store, false, recorder);
      assertThat(repaired.replaced()).isEqualTo(1);
      assertThat(repaired.unchanged()).isEqualTo(4);
      assertThat(recorder.warnings)
          .singleElement()
          .asString()
          .startsWith(DOC + ": the stored graph was changed outside a build");
      assertThat(copy(store, DOC).isIsomorphicWith(before)).isTrue();

      // the record is forgotten: the next build has nothing to do
      Build.Report again = build(store, false, new TestBuilds.Recorder());
      assertThat(again.unchanged()).isEqualTo(5);
      assertThat(again.replaced()).isZero();
    }
  }

  @Test
  void anyOtherChangeIsFoundWhenEveryGraphIsVerifiedAndAnUntouchedStoreIsIntact()
      throws IOException {
    try (TdbStore store = TdbStore.open(tmp.resolve("db2"))) {
      build(store, false, new TestBuilds.Recorder());
      TestBuilds.Recorder clean = new TestBuilds.Recorder();
      Build.Report verified = build(store, true, clean);
      assertThat(verified.unchanged()).isEqualTo(5);
      assertThat(verified.replaced()).isZero();
      assertThat(clean.warnings).isEmpty();

      Graph before = copy(store, DOC);
      // another tool writes to the store directly: nothing records it
      Node g = NodeFactory.createURI(DOC);
      Txn.executeWrite(
          store.dataset(),
          () ->
              store
                  .dataset()
                  .add(
                      g,
                      g,
                      KG.askedBy.asNode(),
                      NodeFactory.createURI("https://w3id.org/kamergraph/id/lid/verzonnen")));
      assertThat(build(store, false, new TestBuilds.Recorder()).replaced())
          .as("without verification nothing is read")
          .isZero();
      TestBuilds.Recorder recorder = new TestBuilds.Recorder();
      assertThat(build(store, true, recorder).replaced()).isEqualTo(1);
      assertThat(recorder.warnings).singleElement().asString().startsWith(DOC + ":");
      assertThat(copy(store, DOC).isIsomorphicWith(before)).isTrue();
    }
  }
}
