package org.w3id.kamergraph.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.serve.KamergraphServer;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The bundled examples built into a store in {@code dir} and served on a free loopback port, with a
 * reader on the same store for what the tests compare the pages against.
 */
final class ExamplesServer implements AutoCloseable {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");

  final TdbStore store;
  final KamergraphServer server;
  final String base;
  final GraphReader reader;

  ExamplesServer(Path dir) {
    store = TdbStore.open(dir);
    TestBuilds.build(Pipeline.standard(), store, List.of(EXAMPLES));
    server = KamergraphServer.builder(store.dataset()).port(0).host("127.0.0.1").start();
    base = "http://127.0.0.1:" + server.port();
    reader = new GraphReader(store.dataset(), Duration.ofSeconds(30));
  }

  /** The first member who asked the document {@code docIri}, as the store has it. */
  String askerOf(String docIri) {
    return reader
        .select(
            "SELECT ?m WHERE { GRAPH ?d { ?d kg:askedBy ?m } } ORDER BY ?m",
            Map.of("d", NodeFactory.createURI(docIri)))
        .get(0)
        .get(Var.alloc("m"))
        .getURI();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }
}
