package org.w3id.kamergraph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.store.TdbStore;

/** Every quad of a store, as a set (no blank nodes in kamergraph's graphs, so sets compare). */
final class BuildIdempotencyQuads {
  private BuildIdempotencyQuads() {}

  static Set<Quad> of(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Set<Quad> out = new HashSet<>();
          store.dataset().find().forEachRemaining(out::add);
          return out;
        });
  }
}
