package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading shards ({@code link --db STORE FILE…}) marks the store while Jena's bulk loader fills it
 * (a second line of defence: the phased loader, used before, was not crash-safe): a store found
 * marked is emptied when opened; a finished load leaves no mark.
 */
class InterruptedFirstLoadTest {
  @TempDir Path tmp;

  @Test
  void aStoreLeftMarkedByAnInterruptedLoadIsEmptiedWhenOpened() {
    Path dir = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(dir)) {
      Txn.executeWrite(store.dataset(), () -> store.dataset().add(quad()));
      store.bulkLoadStarting(); // as if the process died during the load
    }
    assertThat(dir.resolve(TdbStore.BULK_MARKER)).exists();
    try (TdbStore store = TdbStore.open(dir)) {
      assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty())).isTrue();
    }
    assertThat(dir.resolve(TdbStore.BULK_MARKER)).doesNotExist();
  }

  @Test
  void aFinishedLoadLeavesTheStoreAsItIs() throws Exception {
    Path dir = tmp.resolve("db");
    Path shard = tmp.resolve("shard.nq");
    Files.writeString(
        shard, "<https://e.org/s> <https://e.org/p> <https://e.org/o> <https://e.org/g> .\n");
    try (TdbStore store = TdbStore.open(dir)) {
      assertThat(store.bulkLoad(java.util.List.of(shard))).isEqualTo(1);
    }
    assertThat(dir.resolve(TdbStore.BULK_MARKER)).doesNotExist();
    try (TdbStore store = TdbStore.open(dir)) {
      assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty())).isFalse();
    }
  }

  private static Quad quad() {
    return Quad.create(
        NodeFactory.createURI("https://e.org/g"),
        NodeFactory.createURI("https://e.org/s"),
        NodeFactory.createURI("https://e.org/p"),
        NodeFactory.createURI("https://e.org/o"));
  }
}
