package org.w3id.kamergraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as an edge table that Gephi and Cytoscape import: {@code Source}, {@code Target}, {@code
 * Type} ({@code Directed} or {@code Undirected}), {@code Weight}, the other edge attributes, then
 * each node attribute of the source and of the target ({@code source_label}, …, {@code
 * target_label}, …), so one file carries the whole network but its isolated nodes (those with no
 * edge; GraphML and GEXF keep them). JGraphT's CSV exporter writes ids and weights only, so the
 * table is written here with Commons CSV (RFC 4180, CRLF line ends).
 */
public final class CsvWriter implements NetworkWriter {
  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void write(Network network, Writer out) throws IOException {
    List<String> edgeColumns = new ArrayList<>();
    network.edgeAttributes().stream()
        .map(Network.Attribute::name)
        .filter(n -> !n.equals(Network.WEIGHT))
        .forEach(edgeColumns::add);
    List<String> nodeColumns =
        network.nodeAttributes().stream().map(Network.Attribute::name).toList();
    List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Weight"));
    header.addAll(edgeColumns);
    nodeColumns.forEach(c -> header.add("source_" + c));
    nodeColumns.forEach(c -> header.add("target_" + c));
    Map<String, Network.Node> nodes = new HashMap<>();
    network.nodes().forEach(n -> nodes.put(n.id(), n));
    CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Network.Edge e : network.edges()) {
      List<Object> row = new ArrayList<>();
      row.add(e.source());
      row.add(e.target());
      row.add(network.directed() ? "Directed" : "Undirected");
      row.add(e.values().getOrDefault(Network.WEIGHT, 1L));
      edgeColumns.forEach(c -> row.add(e.values().get(c)));
      nodeColumns.forEach(c -> row.add(nodes.get(e.source()).values().get(c)));
      nodeColumns.forEach(c -> row.add(nodes.get(e.target()).values().get(c)));
      csv.printRecord(row);
    }
    csv.flush();
  }
}
