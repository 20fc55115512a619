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
 * graphs, several times the memory. A full recomputation reads the quads of one predicate at a time
 * across all graphs, a dozen predicates in all: the first such find sorts every quad into a list
 * per predicate (one reference each, in the order a scan gives them), and the next ones read their
 * list instead of scanning millions of quads again; any change drops the lists.
 *
 * <p>Named graphs only (the default graph stays empty); not transactional (one writer, the build,
 * then one reader, linking); other finds scan. A find by predicate iterates over a list that later
 * changes leave alone, so a reader may write while it iterates.
 */
final class Skeleton extends DatasetGraphQuads implements TransactionalNotSupportedMixin {
  private final Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
  private final Map<Node, Node> nodes = new java.util.HashMap<>();
  private final PrefixMap prefixes = PrefixMapFactory.create();
  private final Map<Node, Set<Quad>> large = new java.util.HashMap<>();
  private static final int SMALL = 64;

  /** Every graph's quads by predicate, in scan order; null until asked for, and after a change. */
  private Map<Node, List<Quad>> byPredicate;

  @Override
  public void add(Quad q) {
    byPredicate = null;
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
    byPredicate = null;
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
    byPredicate = null;
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
    if (p != null && p.isConcrete()) {
      // a list no change touches (a change drops the map, not the lists in it)
      List<Quad> quads = byPredicate().getOrDefault(p, List.of());
      return (s == null || !s.isConcrete()) && (o == null || !o.isConcrete())
          ? java.util.Collections.unmodifiableList(quads).iterator()
          : quads.stream().filter(q -> matches(q, s, p, o)).iterator();
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

  private Map<Node, List<Quad>> byPredicate() {
    if (byPredicate == null) {
      Map<Node, List<Quad>> m = new java.util.HashMap<>();
      for (List<Quad> g : graphs.values()) {
        for (Quad q : g) {
          m.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q);
        }
      }
      byPredicate = m;
    }
    return byPredicate;
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
