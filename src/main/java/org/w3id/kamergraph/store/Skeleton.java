package org.w3id.kamergraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphQuads;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.TransactionalNotSupportedMixin;

/**
 * What linking reads of a store while a bulk load streams everything else past it: the skeleton of
 * every document graph (the triples {@code Linking.needs} keeps), the reference graphs linking
 * reads and the derived graphs. Held as one plain list of quads per named graph, with every node
 * stored once: a general in-memory dataset keeps three hash indexes for each of 60,000 small
 * graphs, several times the memory, and the linkers need no index here: a full recomputation reads
 * each predicate it needs in one pass over all quads.
 *
 * <p>Named graphs only (the default graph stays empty); not transactional (one writer, the build,
 * then one reader, linking); {@code find} scans.
 */
final class Skeleton extends DatasetGraphQuads implements TransactionalNotSupportedMixin {
  private final Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
  private final Map<Node, Node> nodes = new java.util.HashMap<>();
  private final PrefixMap prefixes = PrefixMapFactory.create();
  private final Map<Node, Set<Quad>> large = new java.util.HashMap<>();
  private static final int SMALL = 64;

  @Override
  public void add(Quad q) {
    if (q.isDefaultGraph()) {
      throw new UnsupportedOperationException("the skeleton holds named graphs only");
    }
    Node name = one(q.getGraph());
    Quad stored = Quad.create(name, one(q.getSubject()), one(q.getPredicate()), one(q.getObject()));
    List<Quad> g = graphs.computeIfAbsent(name, k -> new ArrayList<>(8));
    Set<Quad> index = large.get(name);
    if (index != null ? index.add(stored) : !g.contains(stored)) {
      g.add(stored);
      if (index == null && g.size() > SMALL) { // a reference graph: look up, do not scan
        large.put(name, new HashSet<>(g));
      }
    }
  }

  @Override
  public void delete(Quad q) {
    List<Quad> g = graphs.get(q.getGraph());
    if (g != null && g.remove(q)) {
      Set<Quad> index = large.get(q.getGraph());
      if (index != null) {
        index.remove(q);
      }
      if (g.isEmpty()) {
        removeGraph(q.getGraph());
      }
    }
  }

  @Override
  public void removeGraph(Node graphName) {
    graphs.remove(graphName);
    large.remove(graphName);
  }

  @Override
  public Iterator<Node> listGraphNodes() {
    return List.copyOf(graphs.keySet()).iterator();
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    return findNG(g, s, p, o);
  }

  @Override
  public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
    if (g != null && g.isConcrete() && !Quad.isUnionGraph(g)) {
      List<Quad> quads = graphs.getOrDefault(g, List.of());
      return quads.stream().filter(q -> matches(q, s, p, o)).toList().iterator();
    }
    return graphs.values().stream()
        .flatMap(List::stream)
        .filter(q -> matches(q, s, p, o))
        .iterator();
  }

  private static boolean matches(Quad q, Node s, Node p, Node o) {
    return (s == null || !s.isConcrete() || s.equals(q.getSubject()))
        && (p == null || !p.isConcrete() || p.equals(q.getPredicate()))
        && (o == null || !o.isConcrete() || o.equals(q.getObject()));
  }

  /** The one stored copy of a node: documents repeat members, parties, posts and dates. */
  private Node one(Node n) {
    Node had = nodes.putIfAbsent(n, n);
    return had == null ? n : had;
  }

  @Override
  public Graph getDefaultGraph() {
    return GraphView.createDefaultGraph(this);
  }

  @Override
  public Graph getGraph(Node graphNode) {
    return GraphView.createNamedGraph(this, graphNode);
  }

  @Override
  public PrefixMap prefixes() {
    return prefixes;
  }

  @Override
  public boolean supportsTransactions() {
    return false;
  }

  @Override
  public boolean supportsTransactionAbort() {
    return false;
  }
}
