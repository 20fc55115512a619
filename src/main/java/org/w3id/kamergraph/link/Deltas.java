package org.w3id.kamergraph.link;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Deltas between the triples a derived graph has and those it should have. */
final class Deltas {
  private Deltas() {}

  /**
   * What turns {@code have} into {@code want}. For an update, {@code have} is the part of the
   * stored graph the update looked at, and {@code want} what that part should be.
   */
  static LinkDelta between(String graphIri, Graph have, Graph want) {
    Graph removed = GraphFactory.createDefaultGraph();
    Graph added = GraphFactory.createDefaultGraph();
    have.find()
        .forEachRemaining(
            t -> {
              if (!want.contains(t)) {
                removed.add(t);
              }
            });
    want.find()
        .forEachRemaining(
            t -> {
              if (!have.contains(t)) {
                added.add(t);
              }
            });
    return new LinkDelta(graphIri, removed, added);
  }
}
