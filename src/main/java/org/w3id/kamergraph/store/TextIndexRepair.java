package org.w3id.kamergraph.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Brings a full-text index in line with its store, graph by graph: a graph whose indexed triples no
 * longer have the digest the index recorded for it is indexed again from the store, the entries of
 * a graph the store no longer has (or that lost all its indexed triples) are removed. An index that
 * holds nothing (a store built before the index existed) is so built from the store.
 *
 * <p>Reads every indexed literal of the store once, so it runs only when the index's recorded store
 * state is not the store's. The caller holds a transaction on the dataset and commits the index.
 */
final class TextIndexRepair {
  private TextIndexRepair() {}

  /** What a repair did. */
  record Outcome(int reindexed, int removed) {
    boolean changed() {
      return reindexed + removed > 0;
    }
  }

  static Outcome repair(DatasetGraph dataset, TextIndex index) {
    Map<String, TextDigest> stored = new HashMap<>();
    for (Node p : TextFields.predicates()) {
      dataset
          .find(Node.ANY, Node.ANY, p, Node.ANY)
          .forEachRemaining(
              q -> {
                if (TextFields.field(q.asTriple()).isPresent()) {
                  stored.computeIfAbsent(graphIri(q), g -> new TextDigest()).add(q.asTriple());
                }
              });
    }
    Map<String, String> recorded = index.recordedDigests();
    int reindexed = 0;
    int removed = 0;
    for (var e : stored.entrySet()) {
      if (!e.getValue().value().equals(recorded.get(e.getKey()))) {
        reindex(dataset, index, e.getKey());
        reindexed++;
      }
    }
    for (String g : recorded.keySet()) {
      if (!stored.containsKey(g)) {
        index.remove(g);
        removed++;
      }
    }
    return new Outcome(reindexed, removed);
  }

  /** Replaces a graph's entries and digest with what the store holds now. */
  static void reindex(DatasetGraph dataset, TextIndex index, String graphIri) {
    Node g = NodeFactory.createURI(graphIri);
    index.remove(graphIri);
    TextDigest digest = new TextDigest();
    for (Node p : TextFields.predicates()) {
      index.add(graphIri, Iter.map(dataset.find(g, Node.ANY, p, Node.ANY), Quad::asTriple), digest);
    }
    index.recordDigest(graphIri, digest);
  }

  private static String graphIri(Quad q) {
    return q.getGraph().isURI() ? q.getGraph().getURI() : q.getGraph().toString();
  }
}
