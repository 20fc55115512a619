package org.w3id.kamergraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A network ready to be written: its nodes and edges with their attribute values, and the
 * attributes declared once with their types (a format that declares keys, GraphML and GEXF, needs
 * them before the first node). A node's id is the IRI of what it stands for. Every node and edge
 * has a value for every declared attribute of its category or none (a member without a party); a
 * value's class matches its type: {@link String}, {@link Long} or {@link Double}. Edges of an
 * undirected network name their endpoints in IRI order; no two edges join the same endpoints.
 *
 * @param name the network's name ({@code co-askers}, …), also the graph's id in the formats that
 *     have one
 * @param directed whether an edge goes from its source to its target
 * @param nodeAttributes the node attributes, in the order formats list them
 * @param edgeAttributes the edge attributes, in that order; {@code weight} is the edge's weight
 * @param nodes the nodes, in IRI order
 * @param edges the edges, in source then target order
 */
public record Network(
    String name,
    boolean directed,
    List<Attribute> nodeAttributes,
    List<Attribute> edgeAttributes,
    List<Node> nodes,
    List<Edge> edges) {

  /** The name of the node attribute every network has: what a tool shows on the node. */
  public static final String LABEL = "label";

  /** The name of the edge attribute that is the edge's weight, where a network weighs edges. */
  public static final String WEIGHT = "weight";

  public Network {
    nodeAttributes = List.copyOf(nodeAttributes);
    edgeAttributes = List.copyOf(edgeAttributes);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A declared attribute. */
  public record Attribute(String name, AttributeType type) {
    public Attribute {
      Objects.requireNonNull(name);
      Objects.requireNonNull(type);
    }
  }

  /** A node: its id (an IRI) and attribute values by name. */
  public record Node(String id, Map<String, Object> values) {
    public Node {
      Objects.requireNonNull(id);
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** An edge between two node ids, with attribute values by name. */
  public record Edge(String source, String target, Map<String, Object> values) {
    public Edge {
      Objects.requireNonNull(source);
      Objects.requireNonNull(target);
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }
}
