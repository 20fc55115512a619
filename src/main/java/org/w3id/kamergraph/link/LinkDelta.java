package org.w3id.kamergraph.link;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * A change to one derived named graph: the triples to remove, then the triples to add. Applying it
 * to the graph as it stood when the delta was computed gives the graph a full recomputation gives.
 *
 * @param graphIri the derived graph (e.g. {@code …/id/graph/zaken})
 * @param removed triples to remove (may be empty, never null)
 * @param added triples to add (may be empty, never null)
 */
public record LinkDelta(String graphIri, Graph removed, Graph added) {
  public LinkDelta {
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(added, "added");
  }

  /** Whether applying it changes nothing. */
  public boolean isEmpty() {
    return removed.isEmpty() && added.isEmpty();
  }
}
