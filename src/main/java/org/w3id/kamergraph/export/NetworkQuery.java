package org.w3id.kamergraph.export;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One network computed from a dataset of document graphs (one named graph per document, the
 * reference graphs beside them: a store, or a TriG or N-Quads file read into memory).
 */
public interface NetworkQuery {
  /** The name the command line knows it by ({@code co-askers}, …). */
  String name();

  /** What the network holds, one line, for help texts. */
  String description();

  /**
   * The network over {@code dataset}, restricted by {@code filter}. The caller holds a read
   * transaction on the dataset (or the dataset needs none); the result depends only on the data.
   */
  Network compute(DatasetGraph dataset, NetworkFilter filter);
}
