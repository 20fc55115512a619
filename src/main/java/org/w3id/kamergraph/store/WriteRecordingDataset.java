package org.w3id.kamergraph.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset that records, in the same transaction, every graph a write through it touches ({@link
 * OutsideWrites}), so the next build knows which stored graphs may no longer be what it wrote. The
 * server wraps the store in it when it accepts writes. Graph views it hands out write through it,
 * so a Graph Store Protocol {@code PUT} is recorded like a SPARQL Update.
 *
 * <p>Thread-safe as the wrapped dataset is: the graphs touched are kept per thread, as a TDB2
 * transaction belongs to its thread.
 */
public final class WriteRecordingDataset extends DatasetGraphWrapper {
  private final ThreadLocal<Set<Node>> touched = ThreadLocal.withInitial(HashSet::new);

  public WriteRecordingDataset(DatasetGraph dataset) {
    super(dataset);
  }

  private void touch(Node g) {
    touched.get().add(g == null || Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : g);
  }

  @Override
  public void add(Quad quad) {
    touch(quad.getGraph());
    super.add(quad);
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    touch(g);
    super.add(g, s, p, o);
  }

  @Override
  public void delete(Quad quad) {
    touch(quad.getGraph());
    super.delete(quad);
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    touch(g);
    super.delete(g, s, p, o);
  }

  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    if (g == null || g.equals(Node.ANY)) {
      // which graphs lose triples is only known by looking
      for (Iterator<Quad> it = find(Node.ANY, s, p, o); it.hasNext(); ) {
        touch(it.next().getGraph());
      }
    } else {
      touch(g);
    }
    super.deleteAny(g, s, p, o);
  }

  @Override
  public void addGraph(Node g, Graph graph) {
    touch(g);
    super.addGraph(g, graph);
  }

  @Override
  public void removeGraph(Node g) {
    touch(g);
    super.removeGraph(g);
  }

  @Override
  public void clear() {
    listGraphNodes().forEachRemaining(this::touch);
    super.clear();
  }

  @Override
  public Graph getDefaultGraph() {
    return GraphView.createDefaultGraph(this);
  }

  @Override
  public Graph getGraph(Node g) {
    return GraphView.createNamedGraph(this, g);
  }

  @Override
  public Graph getUnionGraph() {
    return GraphView.createUnionGraph(this);
  }

  @Override
  public void commit() {
    Set<Node> graphs = touched.get();
    if (!graphs.isEmpty()) {
      OutsideWrites.record(getW(), graphs);
    }
    graphs.clear();
    super.commit();
  }

  @Override
  public void abort() {
    touched.get().clear();
    super.abort();
  }

  @Override
  public void end() {
    touched.get().clear();
    super.end();
  }
}
