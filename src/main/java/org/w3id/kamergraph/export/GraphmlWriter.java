package org.w3id.kamergraph.export;

import java.io.Writer;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * GraphML (Gephi, Cytoscape, yEd): every attribute declared as a {@code <key>} with its type
 * ({@code string}, {@code int}, {@code double}); the edge weight as the {@code weight} key of type
 * {@code double} that graph tools read as the weight. GraphML's schema makes a node id an XML name
 * token, which an IRI is not ('/', '#', '?' are not name characters): the id is the IRI with every
 * other character than a letter, digit, '.', '-' or ':' written as '_' and its UTF-8 bytes in hex
 * ({@link #id}), and the IRI itself is the node attribute {@code iri}.
 */
public final class GraphmlWriter implements NetworkWriter {
  /** The node attribute that holds the node's IRI. */
  public static final String IRI = "iri";

  @Override
  public String format() {
    return "graphml";
  }

  @Override
  public String extension() {
    return "graphml";
  }

  @Override
  public void write(Network network, Writer out) {
    Graph<String, Network.Edge> g = JGraphTNetworks.graph(network);
    Map<String, Map<String, Attribute>> nodes = JGraphTNetworks.nodeAttributes(network);
    GraphMLExporter<String, Network.Edge> exporter = new GraphMLExporter<>(GraphmlWriter::id);
    exporter.setExportEdgeWeights(true);
    exporter.registerAttribute(
        IRI, GraphMLExporter.AttributeCategory.NODE, org.jgrapht.nio.AttributeType.STRING);
    for (Network.Attribute a : network.nodeAttributes()) {
      exporter.registerAttribute(a.name(), GraphMLExporter.AttributeCategory.NODE, type(a.type()));
    }
    for (Network.Attribute a : network.edgeAttributes()) {
      if (!a.name().equals(Network.WEIGHT)) {
        exporter.registerAttribute(
            a.name(), GraphMLExporter.AttributeCategory.EDGE, type(a.type()));
      }
    }
    exporter.setVertexAttributeProvider(
        v -> {
          Map<String, Attribute> m = new java.util.LinkedHashMap<>();
          m.put(IRI, org.jgrapht.nio.DefaultAttribute.createAttribute(v));
          m.putAll(nodes.get(v));
          return m;
        });
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> m = JGraphTNetworks.attributes(e.values());
          m.remove(Network.WEIGHT); // written as the edge's weight
          return m;
        });
    exporter.exportGraph(g, out);
  }

  /**
   * A node's GraphML id: its IRI with every character but ASCII letters, digits, '.', '-' and ':'
   * written as '_' and the hex of its UTF-8 bytes ("/" is "_2F", "_" is "_5F"); so distinct IRIs
   * get distinct ids.
   */
  static String id(String iri) {
    StringBuilder out = new StringBuilder(iri.length() + 16);
    for (byte b : iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-'
          || c == ':') {
        out.append(c);
      } else {
        out.append('_').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static org.jgrapht.nio.AttributeType type(AttributeType t) {
    return switch (t) {
      case STRING -> org.jgrapht.nio.AttributeType.STRING;
      case INT -> org.jgrapht.nio.AttributeType.INT;
      case DOUBLE -> org.jgrapht.nio.AttributeType.DOUBLE;
    };
  }
}
