package org.w3id.kamergraph.store;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.link.LinkDelta;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.PROV;

/**
 * A standalone SPARQL server (Fuseki) as a build's sink, over HTTP. New document graphs go in bulk
 * (N-Quads posted in batches of about {@value #BATCH_QUADS} quads); replaced and removed graphs go
 * as SPARQL Update requests that drop and insert them; the links last. Each request is one
 * transaction on the server, and no graph is split over two requests, so a reader sees every
 * document graph either old or new.
 *
 * <p>A server has no transaction across requests, so a reader may see a build half done: some
 * documents new, the links not yet brought up to date. The sink marks a build as running (a small
 * graph, {@link #MARKER}, written before the first change and dropped in the request that writes
 * the links); a build that finds the mark ({@link #unfinished()}) recomputes all links, so running
 * an interrupted build again completes it.
 *
 * <p>What linking reads (the triples {@link Linking#needs} keeps, the reference and derived graphs)
 * is fetched from the server only when linking runs, and kept up to date here with what the build
 * writes. Not thread-safe: one thread drives it, as {@link GraphSink} says.
 */
public final class EndpointGraphSink implements GraphSink {
  /** The graph marking a build that has started writing and not yet written its links. */
  public static final String MARKER = KG.ID + "graph/build";

  static final int BATCH_QUADS = 100_000;

  private final SparqlEndpoint endpoint;
  private Map<String, String> stored;
  private boolean unfinished;
  private boolean marked;
  private final Map<String, Graph> pending = new LinkedHashMap<>();
  private final Set<String> pendingRemoves = new HashSet<>();
  private long pendingQuads;
  private final List<LinkDelta> deltas = new ArrayList<>();

  /** Graphs this build put or removed: their state on the server is superseded by the view. */
  private final Set<String> written = new HashSet<>();

  private Map<String, String> digests;
  private boolean digestsChanged;

  private DatasetGraph view;
  private final DatasetGraph local = DatasetGraphFactory.create();

  public EndpointGraphSink(SparqlEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public Map<String, String> storedHashes() {
    Map<String, String> out = new HashMap<>();
    boolean[] mark = new boolean[1];
    endpoint.select(
        "SELECT ?g ?h WHERE { { GRAPH ?g { ?g <"
            + KG.contentHash.getURI()
            + "> ?h } } UNION "
            + "{ GRAPH <"
            + MARKER
            + "> { ?m ?p ?o } BIND(<"
            + MARKER
            + "> AS ?g) } }",
        b -> {
          Node g = b.get(Var.alloc("g"));
          Node h = b.get(Var.alloc("h"));
          if (g != null && g.getURI().equals(MARKER) && h == null) {
            mark[0] = true;
          } else if (g != null && g.isURI() && h != null && h.isLiteral()) {
            out.put(g.getURI(), h.getLiteralLexicalForm());
          }
        });
    this.stored = out;
    this.unfinished = mark[0];
    return Map.copyOf(out);
  }

  /** No document graph on the server (reference and derived graphs may be there). */
  @Override
  public boolean startedEmpty() {
    return stored.isEmpty();
  }

  @Override
  public boolean unfinished() {
    return unfinished;
  }

  @Override
  public boolean holds(String graphIri, Graph graph) {
    Graph there =
        endpoint.construct(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graphIri + "> { ?s ?p ?o } }");
    return SameGraph.same(there, graph);
  }

  /**
   * The server's record of reference graph digests, read on first use; a server has no record of
   * writes made outside a build, so the record is trusted as the stored hashes are.
   */
  @Override
  public Optional<String> recordedDigest(String graphIri) {
    return Optional.ofNullable(digests().get(graphIri));
  }

  /** Written with the links, in the request that ends the build. */
  @Override
  public boolean recordDigest(String graphIri, String digest) {
    digests().put(graphIri, digest); // the rest of the record is kept
    digestsChanged = true;
    return true;
  }

  private Map<String, String> digests() {
    if (digests == null) {
      digests = new TreeMap<>();
      endpoint.select(
          "SELECT ?g ?d WHERE { GRAPH <"
              + DigestRecord.GRAPH
              + "> { ?g <"
              + KG.referenceDigest.getURI()
              + "> ?d } }",
          b -> {
            Node g = b.get(Var.alloc("g"));
            Node d = b.get(Var.alloc("d"));
            if (g != null && g.isURI() && d != null && d.isLiteral()) {
              digests.put(g.getURI(), d.getLiteralLexicalForm());
            }
          });
    }
    return digests;
  }

  @Override
  public void put(String graphIri, Graph graph) {
    written.add(graphIri);
    Node g = NodeFactory.createURI(graphIri);
    local.removeGraph(g);
    graph
        .find()
        .forEachRemaining(
            t -> {
              if (Linking.needs(t) || Linking.referenceGraphs().contains(graphIri)) {
                local.add(Quad.create(g, t));
              }
            });
    if (view != null) {
      view.removeGraph(g);
      local.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(view::add);
    }
    pendingRemoves.remove(graphIri);
    pending.put(graphIri, graph);
    pendingQuads += graph.size();
    if (pendingQuads >= BATCH_QUADS) {
      flush();
    }
  }

  @Override
  public void remove(String graphIri) {
    written.add(graphIri);
    Node g = NodeFactory.createURI(graphIri);
    local.removeGraph(g);
    if (view != null) {
      view.removeGraph(g);
    }
    Graph was = pending.remove(graphIri);
    if (was != null) {
      pendingQuads -= was.size();
    }
    pendingRemoves.add(graphIri); // it may have gone in an earlier batch: drop it on the server
  }

  @Override
  public void apply(LinkDelta delta) {
    deltas.add(delta);
    DatasetGraph v = linkView();
    Node g = NodeFactory.createURI(delta.graphIri());
    delta.removed().find().forEachRemaining(t -> v.delete(Quad.create(g, t)));
    delta.added().find().forEachRemaining(t -> v.add(Quad.create(g, t)));
  }

  /**
   * The server's documents as linking needs them (fetched once, on first use), with this build's
   * puts and removes applied.
   */
  @Override
  public DatasetGraph linkView() {
    if (view == null) {
      view = DatasetGraphFactory.create();
      String types =
          Linking.neededTypes().stream()
              .map(n -> "<" + n.getURI() + ">")
              .sorted()
              .collect(Collectors.joining(", "));
      String predicates =
          Linking.neededPredicates().stream()
              .map(n -> "<" + n.getURI() + ">")
              .collect(Collectors.joining(" "));
      List<String> whole = new ArrayList<>(Linking.referenceGraphs());
      whole.addAll(Linking.derivedGraphs());
      String graphs = whole.stream().map(s -> "<" + s + ">").collect(Collectors.joining(" "));
      endpoint.select(
          "SELECT ?g ?s ?p ?o WHERE { { VALUES ?p { "
              + predicates
              + " } GRAPH ?g { ?s ?p ?o }"
              + " FILTER(?p != <"
              + RDF.type.getURI()
              + "> || ?o IN ("
              + types
              + ")) }"
              + " UNION { VALUES ?g { "
              + graphs
              + " } GRAPH ?g { ?s ?p ?o } } }",
          b -> add(view, b));
      local.find().forEachRemaining(view::add);
    }
    return view;
  }

  private void add(DatasetGraph v, Binding b) {
    Node g = b.get(Var.alloc("g"));
    if (g == null || written.contains(g.getURI())) {
      return; // this build's version is in the local copy
    }
    v.add(g, b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o")));
  }

  @Override
  public void commit() {
    flush();
    StringBuilder u = new StringBuilder();
    for (LinkDelta d : deltas) {
      data(u, "DELETE DATA", d.graphIri(), d.removed());
      data(u, "INSERT DATA", d.graphIri(), d.added());
    }
    if (digestsChanged) {
      Graph record = GraphFactory.createDefaultGraph();
      digests.forEach((g, d) -> record.add(DigestRecord.quad(g, d).asTriple()));
      u.append("DROP SILENT GRAPH <").append(DigestRecord.GRAPH).append(">;\n");
      data(u, "INSERT DATA", DigestRecord.GRAPH, record);
    }
    if (marked || unfinished) {
      u.append("DROP SILENT GRAPH <").append(MARKER).append(">;\n");
    }
    if (!u.isEmpty()) {
      endpoint.update(u.toString());
    }
    deltas.clear();
    marked = false;
    unfinished = false;
    digestsChanged = false;
  }

  /** What was sent is on the server; the mark stays, so the next build relinks in full. */
  @Override
  public void abort() {
    pending.clear();
    pendingRemoves.clear();
    pendingQuads = 0;
    deltas.clear();
    digests = null; // read again: what this build recorded was not sent
    digestsChanged = false;
  }

  @Override
  public String location() {
    return endpoint.dataset().toString();
  }

  @Override
  public void close() {
    abort();
  }

  /** Sends what is pending: removes and replacements as one update, new graphs as N-Quads. */
  private void flush() {
    if (pending.isEmpty() && pendingRemoves.isEmpty()) {
      return;
    }
    mark();
    StringBuilder u = new StringBuilder();
    for (String g : pendingRemoves) {
      u.append("DROP SILENT GRAPH <").append(g).append(">;\n");
    }
    // one dataset, written once: blank node labels stay apart between graphs
    DatasetGraph fresh = DatasetGraphFactory.create();
    for (var e : pending.entrySet()) {
      Node g = NodeFactory.createURI(e.getKey());
      if (isNewDocument(e.getKey(), e.getValue())) {
        e.getValue().find().forEachRemaining(t -> fresh.add(Quad.create(g, t)));
      } else {
        u.append("DROP SILENT GRAPH <").append(e.getKey()).append(">;\n");
        data(u, "INSERT DATA", e.getKey(), e.getValue());
      }
    }
    if (!u.isEmpty()) {
      endpoint.update(u.toString());
    }
    if (!fresh.isEmpty()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDFDataMgr.write(out, fresh, Lang.NQUADS);
      endpoint.postQuads(out.toByteArray());
    }
    pending.clear();
    pendingRemoves.clear();
    pendingQuads = 0;
  }

  /**
   * A document graph the server does not hold: it goes in bulk. Anything else (a replaced document,
   * a reference graph) is dropped and inserted in one update, so it never doubles.
   */
  private boolean isNewDocument(String graphIri, Graph graph) {
    Node g = NodeFactory.createURI(graphIri);
    return !stored.containsKey(graphIri) && graph.contains(g, KG.contentHash.asNode(), Node.ANY);
  }

  private void mark() {
    if (!marked) {
      endpoint.update(
          "INSERT DATA { GRAPH <"
              + MARKER
              + "> { <"
              + MARKER
              + "> <"
              + PROV.NS
              + "startedAtTime> \""
              + Instant.now()
              + "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> } }");
      marked = true;
    }
  }

  private static void data(StringBuilder u, String op, String graphIri, Graph g) {
    if (g.isEmpty()) {
      return;
    }
    u.append(op).append(" { GRAPH <").append(graphIri).append("> {\n");
    for (Triple t : g.find().toList()) {
      u.append(NodeFmtLib.strNT(t.getSubject()))
          .append(' ')
          .append(NodeFmtLib.strNT(t.getPredicate()))
          .append(' ')
          .append(NodeFmtLib.strNT(t.getObject()))
          .append(" .\n");
    }
    u.append("} };\n");
  }
}
