package org.w3id.kamergraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.rdf.DatasetSink;

/**
 * The named graphs of a dataset (a store) written as RDF, one graph at a time in IRI order, each
 * graph's triples sorted, through the same writer {@code extract} uses: TriG and N-Quads keep the
 * graphs; N-Triples merges them, each distinct triple once (the triples written are remembered to
 * drop repeats, so memory grows with the distinct triples); JSON-LD is one JSON-LD 1.1 document
 * compacted with kamergraph's context, each graph compacted on its own and appended, so it holds
 * one graph at a time, not the dataset. The default graph is not written: kamergraph keeps every
 * triple in a named graph (a store's default graph is their union).
 */
public final class RdfExport {
  /** The formats by name, as {@code --format} takes them. */
  public static final List<String> FORMATS = List.of("nt", "jsonld", "trig", "nq");

  private RdfExport() {}

  /** The Jena format of a name in {@link #FORMATS}, or null. */
  public static RDFFormat format(String name) {
    return FORMATS.contains(name) ? DatasetSink.FORMATS.get(name) : null;
  }

  /**
   * Writes every named graph of {@code dataset} to {@code out} (flushed, not closed); the caller
   * holds a read transaction. Returns the number of graphs written.
   */
  public static int write(DatasetGraph dataset, RDFFormat format, OutputStream out) {
    List<Node> graphs = new ArrayList<>();
    dataset
        .listGraphNodes()
        .forEachRemaining(
            g -> {
              if (g.isURI()) {
                graphs.add(g);
              }
            });
    graphs.sort(java.util.Comparator.comparing(Node::getURI));
    DatasetSink sink = DatasetSink.open(out, format);
    for (Node g : graphs) {
      sink.graph(g.getURI(), dataset.getGraph(g));
    }
    sink.finish();
    return graphs.size();
  }
}
