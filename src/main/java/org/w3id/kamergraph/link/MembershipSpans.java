package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;
import org.w3id.kamergraph.rdf.TIME;
import org.w3id.kamergraph.resolve.IriMinter;

/**
 * The memberships graph: for each member and party the documents name together one {@code
 * kg:MembershipSpan}, and for each person and post the documents name together one {@code
 * kg:TenureSpan} (both subclasses of {@code org:Membership}), over all of those documents: from the
 * first document's date to the last one's ({@code org:memberDuring}), with the number of documents
 * ({@code kg:attestationCount}). Each document graph keeps its own dated membership or tenure (the
 * attestation, with the party as written); this is what they add up to. A document's date is its
 * earliest submission date, else its earliest answer date (as the member links read it); a document
 * without one counts but dates nothing.
 *
 * <p>An update reads the spans of the pairs the touched documents name, before and after, and moves
 * their bounds and counts; only for a pair without a span yet, or when a document that is removed,
 * or whose date changed, held a bound, does it read that pair's documents again.
 */
final class MembershipSpans {
  static final String GRAPH = KG.ID + "graph/lidmaatschappen";

  private static final Node TYPE = RDF.type.asNode();
  private static final Node COUNT = KG.attestationCount.asNode();
  private static final Node MEMBER = ORG.member.asNode();
  private static final Node DURING = ORG.memberDuring.asNode();
  private static final Node BEGINNING = TIME.hasBeginning.asNode();
  private static final Node END = TIME.hasEnd.asNode();
  private static final Node DATE = TIME.inXSDDate.asNode();

  private final IriMinter iris = new IriMinter(KG.ID);

  /** What a span relates: a member to a party, or a person to a post. */
  enum Relation {
    /** {@code org:memberOf} on a {@code kg:Member} of the document. */
    PARTY(ORG.memberOf.asNode(), ORG.organization.asNode(), KG.MembershipSpan.asNode()),
    /** {@code org:holds} on a person of the document (its answerers). */
    POST(ORG.holds.asNode(), KG.post.asNode(), KG.TenureSpan.asNode());

    final Node inDocument;
    final Node onSpan;
    final Node type;

    Relation(Node inDocument, Node onSpan, Node type) {
      this.inDocument = inDocument;
      this.onSpan = onSpan;
      this.type = type;
    }

    /** The pairs a document states: person or member IRI → party or post IRIs. */
    Map<String, SortedSet<String>> of(DocFacts d) {
      return this == PARTY ? d.parties() : d.posts();
    }
  }

  /** A member in a party, or a person in a post, by IRI. */
  record Key(Relation relation, String member, String thing) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = relation.compareTo(o.relation);
      if (c == 0) {
        c = member.compareTo(o.member);
      }
      return c != 0 ? c : thing.compareTo(o.thing);
    }
  }

  /**
   * What the documents of one key add up to: the first and last date (lexical {@code xsd:date},
   * null when no document of the key has one) and how many documents.
   */
  record Span(String first, String last, long documents) {
    Span plus(String day) {
      return new Span(min(first, day), max(last, day), documents + 1);
    }
  }

  /** Every span, from every document. */
  LinkDelta full(DatasetGraph view, Map<String, DocFacts> docs) {
    Map<Key, Span> spans = new TreeMap<>();
    for (DocFacts d : docs.values()) {
      keys(d).forEach((k, day) -> spans.merge(k, new Span(day, day, 1), MembershipSpans::sum));
    }
    Graph want = GraphFactory.createDefaultGraph();
    spans.forEach((k, s) -> write(want, k, s));
    Graph have = GraphFactory.createDefaultGraph();
    view.find(NodeFactoryUri.of(GRAPH), Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(q -> have.add(q.asTriple()));
    return Deltas.between(GRAPH, have, want);
  }

  /**
   * The spans of the members and parties the touched documents name, before or after, brought up to
   * date.
   *
   * @param before the touched documents' facts before the change (absent when new)
   */
  LinkDelta update(StoreFacts store, Collection<Touched> touched, Map<String, DocFacts> before) {
    Map<Key, List<String>> removed = new TreeMap<>();
    Map<Key, List<String>> added = new TreeMap<>();
    for (Touched t : touched) {
      Map<Key, String> was = keys(before.get(t.docIri()));
      Map<Key, String> is = keys(store.doc(t.docIri()).orElse(null));
      was.forEach(
          (k, day) -> {
            if (!is.containsKey(k) || !Objects.equals(is.get(k), day)) {
              removed.computeIfAbsent(k, x -> new ArrayList<>()).add(day);
            }
          });
      is.forEach(
          (k, day) -> {
            if (!was.containsKey(k) || !Objects.equals(was.get(k), day)) {
              added.computeIfAbsent(k, x -> new ArrayList<>()).add(day);
            }
          });
    }
    Set<Key> keys = new TreeSet<>(removed.keySet());
    keys.addAll(added.keySet());
    Graph have = GraphFactory.createDefaultGraph();
    Graph want = GraphFactory.createDefaultGraph();
    for (Key k : keys) {
      Span old = read(store.view(), k, have);
      List<String> out = removed.getOrDefault(k, List.of());
      List<String> in = added.getOrDefault(k, List.of());
      Span now;
      if (old == null || out.stream().anyMatch(d -> bound(old, d))) {
        // a new pair (or one a store of an earlier version never spanned), or a bound left: count
        // again from the store
        now = recount(store, k);
      } else {
        now = old;
        for (String day : in) {
          now = now.plus(day);
        }
        now = new Span(now.first(), now.last(), now.documents() - out.size());
      }
      if (now != null && now.documents() > 0) {
        write(want, k, now);
      }
    }
    return Deltas.between(GRAPH, have, want);
  }

  /** Whether a document's date is a bound of the span (a date-less document never is). */
  private static boolean bound(Span s, String day) {
    return day != null && (day.equals(s.first()) || day.equals(s.last()));
  }

  /**
   * The key's span from the store: every document naming the member with the party, each read
   * through a few index lookups (its type, the member's type, its dates), not whole: a member may
   * be named in thousands of documents.
   */
  private static Span recount(StoreFacts store, Key k) {
    DatasetGraph view = store.view();
    Node member = NodeFactoryUri.of(k.member());
    SortedSet<Node> graphs = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
    view.find(Node.ANY, member, k.relation().inDocument, NodeFactoryUri.of(k.thing()))
        .forEachRemaining(q -> graphs.add(q.getGraph()));
    Span s = null;
    for (Node g : graphs) {
      if (view.contains(g, g, TYPE, KG.Document.asNode())
          && (k.relation() != Relation.PARTY
              || view.contains(g, member, TYPE, KG.Member.asNode()))) {
        String day = documentDate(view, g);
        s = s == null ? new Span(day, day, 1) : s.plus(day);
      }
    }
    return s;
  }

  /** A document's date as {@link DocFacts#dates()} has it first, or null. */
  private static String documentDate(DatasetGraph view, Node g) {
    String submitted = earliest(view, g, DCTerms.dateSubmitted.asNode());
    return submitted != null ? submitted : earliest(view, g, KG.dateAnswered.asNode());
  }

  private static String earliest(DatasetGraph view, Node g, Node p) {
    String[] min = {null};
    view.find(g, g, p, Node.ANY)
        .forEachRemaining(
            q -> {
              if (q.getObject().isLiteral()) {
                min[0] = min(min[0], q.getObject().getLiteralLexicalForm());
              }
            });
    return min[0];
  }

  /**
   * The members and parties a document names together, each with the document's date (null when it
   * has none); none for a graph that is not a document's.
   */
  private static Map<Key, String> keys(DocFacts d) {
    if (d == null) {
      return Map.of();
    }
    String day = d.dates().isEmpty() ? null : d.dates().first();
    Map<Key, String> out = new HashMap<>();
    for (Relation r : Relation.values()) {
      r.of(d).forEach((m, things) -> things.forEach(t -> out.put(new Key(r, m, t), day)));
    }
    return out;
  }

  /** The span stored for {@code k}, its triples added to {@code have}; null if none. */
  private Span read(DatasetGraph view, Key k, Graph have) {
    List<Triple> own = about(view, NodeFactoryUri.of(iri(k)), have);
    if (own.isEmpty()) {
      return null;
    }
    Node count = object(own, COUNT);
    long documents = count == null ? 0 : ((Number) count.getLiteralValue()).longValue();
    Node period = object(own, DURING);
    if (period == null) {
      return new Span(null, null, documents);
    }
    List<Triple> interval = about(view, period, have);
    return new Span(
        storedDate(view, object(interval, BEGINNING), have),
        storedDate(view, object(interval, END), have),
        documents);
  }

  /** The triples of the memberships graph about {@code subject}, also added to {@code have}. */
  private static List<Triple> about(DatasetGraph view, Node subject, Graph have) {
    List<Triple> out = new ArrayList<>();
    view.find(NodeFactoryUri.of(GRAPH), subject, Node.ANY, Node.ANY)
        .forEachRemaining(q -> out.add(q.asTriple()));
    out.forEach(have::add);
    return out;
  }

  /** The object of the first triple with {@code predicate}, or null. */
  private static Node object(List<Triple> triples, Node predicate) {
    return triples.stream()
        .filter(t -> t.getPredicate().equals(predicate))
        .map(Triple::getObject)
        .findFirst()
        .orElse(null);
  }

  /** The date of a stored instant (its triples added to {@code have}), or null. */
  private static String storedDate(DatasetGraph view, Node instant, Graph have) {
    Node date = instant == null ? null : object(about(view, instant, have), DATE);
    return date == null ? null : date.getLiteralLexicalForm();
  }

  private String iri(Key k) {
    return k.relation() == Relation.PARTY
        ? iris.membershipSpan(k.member(), k.thing())
        : iris.tenureSpan(k.member(), k.thing());
  }

  /** The triples of one span. */
  private void write(Graph out, Key k, Span s) {
    String iri = iri(k);
    Node span = NodeFactoryUri.of(iri);
    // not typed org:Membership as well: a query for memberships over the union would count every
    // attestation twice (the ontology makes the span classes subclasses, for those who infer)
    out.add(span, TYPE, k.relation().type);
    out.add(span, MEMBER, NodeFactoryUri.of(k.member()));
    out.add(span, k.relation().onSpan, NodeFactoryUri.of(k.thing()));
    out.add(span, COUNT, NodeFactory.createLiteralByValue(s.documents(), XSDDatatype.XSDinteger));
    if (s.first() == null) {
      return;
    }
    Node period = NodeFactoryUri.of(iri + "/periode");
    out.add(span, DURING, period);
    out.add(period, TYPE, TIME.Interval.asNode());
    instant(out, period, BEGINNING, NodeFactoryUri.of(iri + "/begin"), s.first());
    instant(out, period, END, NodeFactoryUri.of(iri + "/einde"), s.last());
  }

  private static void instant(Graph out, Node period, Node edge, Node instant, String day) {
    out.add(period, edge, instant);
    out.add(instant, TYPE, TIME.Instant.asNode());
    out.add(instant, DATE, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate));
  }

  private static Span sum(Span a, Span b) {
    return new Span(
        min(a.first(), b.first()), max(a.last(), b.last()), a.documents() + b.documents());
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
