package org.w3id.kamergraph.store;

import org.apache.jena.graph.Triple;
import org.w3id.kamergraph.rdf.GraphDigest;

/**
 * The digest ({@link GraphDigest}) of the triples of one graph that the full-text index holds, and
 * how many there are: what {@link TextIndex} records beside a graph's entries, and {@link
 * TextIndexRepair} computes from the store to tell whether the entries are still right. Not
 * thread-safe.
 */
final class TextDigest {
  private final GraphDigest digest = new GraphDigest();
  private long triples;

  /** Takes in an indexed triple. */
  void add(Triple t) {
    digest.add(t);
    triples++;
  }

  boolean isEmpty() {
    return triples == 0;
  }

  String value() {
    return digest.value();
  }
}
