package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects one network's nodes and edges while a query reads documents, then freezes them into a
 * {@link Network}. An edge's weight is the number of distinct documents that made it, its {@code
 * first} and {@code last} the smallest and largest of their dates. One builder per computation.
 */
final class NetworkBuilder {
  static final String KIND = "kind";
  static final String PARTY = "party";
  static final String DOCUMENTS = "documents";
  static final String FIRST = "first";
  static final String LAST = "last";

  private final Map<String, NodeTally> nodes = new TreeMap<>();
  private final Map<List<String>, EdgeTally> edges = new TreeMap<>(NetworkBuilder::compare);
  private final boolean directed;

  NetworkBuilder(boolean directed) {
    this.directed = directed;
  }

  /** The node with this id, created with its kind on first use. */
  NodeTally node(String id, String kind) {
    return nodes.computeIfAbsent(id, i -> new NodeTally(kind));
  }

  /** Whether the node exists. */
  boolean has(String id) {
    return nodes.containsKey(id);
  }

  /**
   * Counts {@code document} (of {@code date}, null if none) for the edge between two nodes (their
   * order kept if directed, IRI order otherwise); self-loops are not made.
   */
  void edge(String source, String target, String document, LocalDate date) {
    if (source.equals(target)) {
      return;
    }
    List<String> key =
        directed || source.compareTo(target) < 0
            ? List.of(source, target)
            : List.of(target, source);
    edges.computeIfAbsent(key, k -> new EdgeTally()).add(document, date);
  }

  /** Ids of the nodes at either end of an edge. */
  Set<String> endpoints() {
    Set<String> out = new HashSet<>();
    edges.keySet().forEach(out::addAll);
    return out;
  }

  /**
   * The network: the nodes in {@code keep} (null keeps all that exist) and the edges between kept
   * nodes, with their weight and dates; node values are {@code label}, {@code kind}, then the
   * declared ones the tallies hold ({@code party} joined with " / ", {@code documents}, and any set
   * with {@link NodeTally#set}).
   */
  Network build(
      String name,
      List<Network.Attribute> nodeAttributes,
      List<Network.Attribute> edgeAttributes,
      Set<String> keep) {
    List<Network.Node> n = new ArrayList<>();
    nodes.forEach(
        (id, t) -> {
          if (keep != null && !keep.contains(id)) {
            return;
          }
          Map<String, Object> v = new LinkedHashMap<>();
          v.put(Network.LABEL, t.label != null ? t.label : id);
          v.put(KIND, t.kind);
          if (!t.parties.isEmpty()) {
            v.put(PARTY, String.join(" / ", t.parties));
          }
          v.put(DOCUMENTS, (long) t.documents.size());
          v.putAll(t.extra);
          v.keySet().retainAll(names(nodeAttributes));
          n.add(new Network.Node(id, v));
        });
    List<Network.Edge> e = new ArrayList<>();
    edges.forEach(
        (k, t) -> {
          if (keep != null && !(keep.contains(k.get(0)) && keep.contains(k.get(1)))) {
            return;
          }
          Map<String, Object> v = new LinkedHashMap<>();
          v.put(Network.WEIGHT, (long) t.documents.size());
          if (t.first != null) {
            v.put(FIRST, t.first.toString());
            v.put(LAST, t.last.toString());
          }
          v.keySet().retainAll(names(edgeAttributes));
          e.add(new Network.Edge(k.get(0), k.get(1), v));
        });
    return new Network(name, directed, nodeAttributes, edgeAttributes, n, e);
  }

  private static Set<String> names(List<Network.Attribute> attributes) {
    Set<String> out = new HashSet<>();
    attributes.forEach(a -> out.add(a.name()));
    return out;
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }

  /** A node's values as documents add to them. */
  static final class NodeTally {
    private final String kind;
    private String label;
    private final Set<String> parties = new TreeSet<>();
    private final Set<String> documents = new HashSet<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private NodeTally(String kind) {
      this.kind = kind;
    }

    /** Offers a label; the smallest offered is kept, so the result does not depend on order. */
    NodeTally label(String l) {
      label = Sparql.min(label, l);
      return this;
    }

    NodeTally party(String notation) {
      if (notation != null) {
        parties.add(notation);
      }
      return this;
    }

    NodeTally document(String iri) {
      documents.add(iri);
      return this;
    }

    /** Sets another declared attribute; the smallest value offered is kept. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    NodeTally set(String attribute, Comparable value) {
      if (value != null) {
        extra.merge(attribute, value, (a, b) -> ((Comparable) a).compareTo(b) <= 0 ? a : b);
      }
      return this;
    }
  }

  /** An edge's documents and the span of their dates. */
  private static final class EdgeTally {
    private final Set<String> documents = new HashSet<>();
    private LocalDate first;
    private LocalDate last;

    void add(String document, LocalDate date) {
      documents.add(document);
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }
  }
}
