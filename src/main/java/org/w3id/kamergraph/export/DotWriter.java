package org.w3id.kamergraph.export;

import java.io.Writer;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT: node ids are the IRIs, quoted; every attribute written on its node or edge ({@code
 * label}, and {@code weight}, which Graphviz's layouts read).
 */
public final class DotWriter implements NetworkWriter {
  @Override
  public String format() {
    return "dot";
  }

  @Override
  public String extension() {
    return "dot";
  }

  @Override
  public void write(Network network, Writer out) {
    Map<String, Map<String, Attribute>> nodes = JGraphTNetworks.nodeAttributes(network);
    DOTExporter<String, Network.Edge> exporter = new DOTExporter<>(DotWriter::quoted);
    exporter.setGraphIdProvider(() -> quoted(network.name()));
    exporter.setVertexAttributeProvider(nodes::get);
    exporter.setEdgeAttributeProvider(e -> JGraphTNetworks.attributes(e.values()));
    exporter.exportGraph(JGraphTNetworks.graph(network), out);
  }

  /** A DOT quoted id: an IRI has characters (':', '/') an unquoted id may not. */
  static String quoted(String id) {
    return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
