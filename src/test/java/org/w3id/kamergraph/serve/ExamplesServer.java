package org.w3id.kamergraph.serve;

import java.nio.file.Path;
import java.util.List;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.store.TdbStore;

/** The examples built into a store in {@code dir}, served on a free loopback port. For tests. */
record ExamplesServer(TdbStore store, KamergraphServer server) implements AutoCloseable {
  static ExamplesServer start(Path dir) {
    TdbStore store = TdbStore.open(dir.resolve("db"));
    TestBuilds.build(Pipeline.standard(), store, List.of(ServerIntegrationTest.EXAMPLES));
    return new ExamplesServer(
        store, KamergraphServer.builder(store.dataset()).port(0).host("127.0.0.1").start());
  }

  /** The dataset's base URL: {@code http://127.0.0.1:PORT/kamergraph}. */
  String base() {
    return "http://127.0.0.1:" + server.port() + KamergraphServer.DATASET;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
