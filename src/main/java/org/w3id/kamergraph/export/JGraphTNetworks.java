package org.w3id.kamergraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * A {@link Network} as a JGraphT graph for its exporters: vertices are node ids, edges the
 * network's edges; the graph is weighted with each edge's {@code weight} (1 where it has none), so
 * the exporters write it in their formats' own weight slot.
 */
final class JGraphTNetworks {
  private JGraphTNetworks() {}

  /** The graph of the network's nodes and edges. */
  static Graph<String, Network.Edge> graph(Network network) {
    GraphTypeBuilder<String, Network.Edge> type =
        network.directed() ? GraphTypeBuilder.directed() : GraphTypeBuilder.undirected();
    Graph<String, Network.Edge> g =
        type.allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true).buildGraph();
    network.nodes().forEach(n -> g.addVertex(n.id()));
    for (Network.Edge e : network.edges()) {
      g.addEdge(e.source(), e.target(), e);
      Object w = e.values().get(Network.WEIGHT);
      g.setEdgeWeight(e, w instanceof Number n ? n.doubleValue() : 1.0);
    }
    return g;
  }

  /** The node's values by id, as JGraphT attributes. */
  static Map<String, Map<String, Attribute>> nodeAttributes(Network network) {
    Map<String, Map<String, Attribute>> out = new LinkedHashMap<>();
    network.nodes().forEach(n -> out.put(n.id(), attributes(n.values())));
    return out;
  }

  /** Values as JGraphT attributes: a {@link Long} as an int (counts fit), others as they are. */
  static Map<String, Attribute> attributes(Map<String, Object> values) {
    Map<String, Attribute> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, attribute(v)));
    return out;
  }

  static Attribute attribute(Object v) {
    if (v instanceof Long l) {
      return DefaultAttribute.createAttribute(Math.toIntExact(l));
    }
    if (v instanceof Double d) {
      return DefaultAttribute.createAttribute(d);
    }
    return DefaultAttribute.createAttribute(String.valueOf(v));
  }
}
