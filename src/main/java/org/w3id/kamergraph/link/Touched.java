package org.w3id.kamergraph.link;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * A document graph a build added, replaced or removed. Its new state is read from the view the
 * linkers are given; its old state is kept here, because a replaced or removed graph is gone from
 * the view by the time linking runs.
 *
 * @param docIri the document (and its named graph)
 * @param before the triples of the old graph that {@link Linking#needs} keeps; empty if it was new
 */
public record Touched(String docIri, Graph before) {
  public Touched {
    Objects.requireNonNull(docIri, "docIri");
    Objects.requireNonNull(before, "before");
  }
}
