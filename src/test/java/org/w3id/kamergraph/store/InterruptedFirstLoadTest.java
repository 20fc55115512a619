package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading shards ({@code link --db STORE FILE…}) goes into a new data folder put in place by one
 * rename: a load that fails or is cut short leaves the store as it was. A store marked by the load
 * of an earlier version (Jena's sequential loader in the live folder) is emptied when opened.
 */
class InterruptedFirstLoadTest {
  @TempDir Path tmp;

  @Test
  void aStoreLeftMarkedByAnInterruptedLoadIsEmptiedWhenOpened() throws Exception {
    Path dir = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(dir)) {
      Txn.executeWrite(store.dataset(), () -> store.dataset().add(quad()));
    }
    Files.createFile(dir.resolve(TdbStore.BULK_MARKER)); // as an earlier version's load that died
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

  @Test
  void aFailedLoadLeavesTheStoreEmptyAndOpenable() throws Exception {
    Path dir = tmp.resolve("db");
    Path good = tmp.resolve("a.nq");
    Path bad = tmp.resolve("b.nq");
    Files.writeString(
        good, "<https://e.org/s> <https://e.org/p> <https://e.org/o> <https://e.org/g> .\n");
    Files.writeString(
        bad,
        "<https://e.org/s> <https://e.org/p> <https://e.org/o> <https://e.org/g> .\n"
            + "<https://e.org/s> <https://e.org/p> .\n"); // no object on line 2
    try (TdbStore store = TdbStore.open(dir)) {
      assertThatThrownBy(() -> store.bulkLoad(java.util.List.of(good, bad)))
          .hasMessageContaining(bad.toString())
          .hasMessageContaining("line: 2")
          .hasMessageContaining("nothing was loaded");
      assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty())).isTrue();
      assertThat(store.bulkLoad(java.util.List.of(good))).as("a second try loads").isEqualTo(1);
    }
  }

  @Test
  void aLoadCutShortBeforeItsFolderIsInPlaceLeavesTheStoreAsItWas() {
    Path dir = tmp.resolve("db");
    try (TdbStore store = TdbStore.open(dir)) {
      NextGeneration next = store.startNextGeneration(); // as a load that was killed midway
      PackedBulkLoad loader = next.bulkLoad();
      loader.start();
      loader.stream().quad(quad());
    }
    try (TdbStore store = TdbStore.open(dir)) {
      assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty())).isTrue();
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
