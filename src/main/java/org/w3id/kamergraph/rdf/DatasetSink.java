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
import org.w3id.kamergraph.model.UsageException;

/**
 * Streams named graphs to an output in TriG, N-Quads, Turtle, N-Triples or JSON-LD (chosen by the
 * file's extension), one graph at a time, so an extraction of thousands of documents never holds
 * them all in memory. Turtle and N-Triples have no named graphs: every graph's triples go to the
 * one graph; N-Triples writes each distinct triple once (it remembers the triples written, so its
 * memory grows with the distinct triples; Turtle's writer leaves repeats to the reader). JSON-LD is
 * one JSON-LD 1.1 document, compacted with kamergraph's context ({@link JsonLdStream}). Not
 * thread-safe; close with {@link #finish()}.
 */
public final class DatasetSink {
  private static final Comparator<Triple> ORDER =
      Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
          .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
          .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

  private final StreamRDF stream;
  private final boolean quads;
  private final java.util.Set<Triple> written; // triples formats: the distinct triples so far
  private final JsonLdStream jsonLd; // JSON-LD instead of a stream; else null
  private final java.io.Writer jsonOut;

  private DatasetSink(StreamRDF stream, boolean quads, boolean distinct) {
    this.stream = stream;
    this.quads = quads;
    this.written = distinct ? new java.util.HashSet<>() : null;
    this.jsonLd = null;
    this.jsonOut = null;
    stream.start();
    Prefixes.standard().forEach(stream::prefix);
  }

  private DatasetSink(java.io.Writer jsonOut) {
    this.stream = null;
    this.quads = true;
    this.written = null;
    this.jsonOut = jsonOut;
    this.jsonLd = JsonLdStream.open(jsonOut);
  }

  /**
   * The format a file name asks for: {@code .trig}, {@code .nq}, {@code .ttl}, {@code .nt}, {@code
   * .jsonld}; stdout is TriG.
   */
  public static RDFFormat formatFor(Path file) {
    String name = file == null ? "-" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.equals("-")) {
      return RDFFormat.TRIG_BLOCKS;
    }
    int dot = name.lastIndexOf('.');
    RDFFormat f = dot < 0 ? null : FORMATS.get(name.substring(dot + 1));
    if (f == null) {
      throw new UsageException(
          file
              + ": unknown RDF output format; use a name ending in .trig, .nq, .ttl, .nt or .jsonld,"
              + " or - for stdout");
    }
    return f;
  }

  /**
   * The formats by name (which is also their file extension): {@code trig}, {@code nq} ({@code
   * nquads}), {@code ttl}, {@code nt}, {@code jsonld}.
   */
  public static final java.util.Map<String, RDFFormat> FORMATS =
      java.util.Map.of(
          "trig", RDFFormat.TRIG_BLOCKS,
          "nq", RDFFormat.NQUADS,
          "nquads", RDFFormat.NQUADS,
          "ttl", RDFFormat.TURTLE_BLOCKS,
          "nt", RDFFormat.NTRIPLES,
          "jsonld", RDFFormat.JSONLD11);

  /** A sink writing {@code format} (one {@link #formatFor} gives) to {@code out}. */
  public static DatasetSink open(OutputStream out, RDFFormat format) {
    if (format.getLang().equals(org.apache.jena.riot.Lang.JSONLD11)) {
      return new DatasetSink(
          new java.io.BufferedWriter(
              new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)));
    }
    boolean triples = format == RDFFormat.TURTLE_BLOCKS || format == RDFFormat.NTRIPLES;
    // merged into one graph, a triple several documents state (a ministry's label, a member's
    // name) is written once
    return new DatasetSink(StreamRDFWriter.getWriterStream(out, format), !triples, triples);
  }

  /**
   * Writes one graph, its triples sorted (subject, predicate, object): the file is the same every
   * run whatever order the graph holds them in.
   */
  public void graph(String graphIri, Graph graph) {
    Node g = NodeFactory.createURI(graphIri);
    List<Triple> triples = graph.find().toList();
    triples.sort(ORDER);
    if (jsonLd != null) {
      jsonLd.graph(graphIri, triples);
      return;
    }
    triples.forEach(
        t -> {
          if (written != null && !written.add(t)) {
            return;
          }
          if (quads) {
            stream.quad(org.apache.jena.sparql.core.Quad.create(g, t));
          } else {
            stream.triple(t);
          }
        });
  }

  public void finish() {
    if (jsonLd != null) {
      jsonLd.finish();
      try {
        jsonOut.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return;
    }
    stream.finish();
  }
}
