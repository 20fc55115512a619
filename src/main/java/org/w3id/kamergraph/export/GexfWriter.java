package org.w3id.kamergraph.export;

import java.io.Writer;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;

/**
 * GEXF 1.2 (Gephi's own format): the node's {@code label} as the node label, every other attribute
 * declared in {@code <attributes>} with its type, the edge weight in the edge's {@code weight}.
 */
public final class GexfWriter implements NetworkWriter {
  @Override
  public String format() {
    return "gexf";
  }

  @Override
  public String extension() {
    return "gexf";
  }

  @Override
  public void write(Network network, Writer out) {
    Graph<String, Network.Edge> g = JGraphTNetworks.graph(network);
    Map<String, Map<String, Attribute>> nodes = JGraphTNetworks.nodeAttributes(network);
    // edge ids: the exporter needs one per edge; the position is stable for a given network
    Map<Network.Edge, String> edgeIds = new java.util.HashMap<>();
    for (int i = 0; i < network.edges().size(); i++) {
      edgeIds.put(network.edges().get(i), Integer.toString(i));
    }
    GEXFExporter<String, Network.Edge> exporter = new GEXFExporter<>(v -> v, edgeIds::get);
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
    for (Network.Attribute a : network.nodeAttributes()) {
      if (!a.name().equals(Network.LABEL)) {
        exporter.registerAttribute(a.name(), GEXFExporter.AttributeCategory.NODE, type(a.type()));
      }
    }
    for (Network.Attribute a : network.edgeAttributes()) {
      if (!a.name().equals(Network.WEIGHT)) {
        exporter.registerAttribute(a.name(), GEXFExporter.AttributeCategory.EDGE, type(a.type()));
      }
    }
    exporter.setVertexAttributeProvider(nodes::get);
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> m = JGraphTNetworks.attributes(e.values());
          m.remove(Network.WEIGHT); // written as the edge's weight
          return m;
        });
    exporter.exportGraph(g, out);
  }

  private static GEXFAttributeType type(AttributeType t) {
    return switch (t) {
      case STRING -> GEXFAttributeType.STRING;
      case INT -> GEXFAttributeType.INTEGER;
      case DOUBLE -> GEXFAttributeType.DOUBLE;
    };
  }
}
