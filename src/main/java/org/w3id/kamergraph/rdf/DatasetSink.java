package org.w3id.kamergraph.rdf;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.util.NodeCmp;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * Streams named graphs to an output in TriG, N-Quads or Turtle (chosen by the file's extension),
 * one graph at a time, so an extraction of thousands of documents never holds them all in memory.
 * Turtle has no named graphs: every graph's triples go to the one graph. Not thread-safe; close
 * with {@link #finish()}.
 */
public final class DatasetSink {
  private static final Comparator<Triple> ORDER =
      Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
          .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
          .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

  private final StreamRDF stream;
  private final boolean quads;

  private DatasetSink(StreamRDF stream, boolean quads) {
    this.stream = stream;
    this.quads = quads;
    stream.start();
    Prefixes.standard().forEach(stream::prefix);
  }

  /** The format a file name asks for: {@code .trig}, {@code .nq}, {@code .ttl}; stdout is TriG. */
  public static RDFFormat formatFor(Path file) {
    String name = file == null ? "-" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.equals("-") || name.endsWith(".trig")) {
      return RDFFormat.TRIG_BLOCKS;
    }
    if (name.endsWith(".nq") || name.endsWith(".nquads")) {
      return RDFFormat.NQUADS;
    }
    if (name.endsWith(".ttl")) {
      return RDFFormat.TURTLE_BLOCKS;
    }
    throw new KamergraphException(
        file
            + ": unknown RDF output format; use a name ending in .trig, .nq or .ttl, or - for stdout");
  }

  public static DatasetSink open(OutputStream out, RDFFormat format) {
    return new DatasetSink(
        StreamRDFWriter.getWriterStream(out, format), format != RDFFormat.TURTLE_BLOCKS);
  }

  /**
   * Writes one graph, its triples sorted (subject, predicate, object): the file is the same every
   * run whatever order the graph holds them in.
   */
  public void graph(String graphIri, Graph graph) {
    Node g = NodeFactory.createURI(graphIri);
    List<Triple> triples = graph.find().toList();
    triples.sort(ORDER);
    triples.forEach(
        t -> {
          if (quads) {
            stream.quad(org.apache.jena.sparql.core.Quad.create(g, t));
          } else {
            stream.triple(t);
          }
        });
  }

  public void finish() {
    stream.finish();
  }
}
