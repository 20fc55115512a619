package org.w3id.kamergraph.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * The linkers, assembled in one place. Each maintains one derived graph. Contract for both methods:
 * the view holds the document graphs as they now stand (see {@link #needs}) and the derived graphs
 * as last written; the deltas returned, applied to the derived graphs, make them equal to what a
 * full recomputation over the view gives. Neither method writes to the view. Deterministic.
 */
public final class Linking {
  private static final Logger LOG = LoggerFactory.getLogger(Linking.class);
  private final ZaakLinks zaken = new ZaakLinks();
  private final MemberLinks members = new MemberLinks();
  private final MembershipSpans spans = new MembershipSpans();
  private final Statistics statistics;

  private static final Set<Node> PREDICATES =
      union(
          union(Statistics.PREDICATES, Coverage.LINKS),
          Set.of(
              KG.zaak.asNode(),
              DCTerms.dateSubmitted.asNode(),
              KG.dateAnswered.asNode(),
              KG.askedBy.asNode(),
              KG.hasQuestion.asNode(),
              KG.hasAnswer.asNode(),
              KG.number.asNode(),
              DCTerms.identifier.asNode(),
              RDF.type.asNode(),
              FOAF.familyName.asNode(),
              FOAF.givenName.asNode(),
              ORG.memberOf.asNode(),
              ORG.holds.asNode()));

  private static final Set<Node> TYPES =
      union(
          union(Statistics.TYPES, Set.copyOf(Coverage.CLASSES)),
          Set.of(KG.Document.asNode(), KG.Answer.asNode(), KG.Member.asNode()));

  /** The linkers and statistics the build uses. */
  public Linking() {
    this(new Statistics());
  }

  /** With statistics of other pages (tests move the thresholds of ranked tallies). */
  Linking(Statistics statistics) {
    this.statistics = statistics;
  }

  private static Set<Node> union(Set<Node> a, Set<Node> b) {
    Set<Node> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /**
   * Whether linking needs a triple of a document graph: a sink that keeps a skeleton instead of the
   * whole graph keeps just these (a few dozen per document).
   */
  public static boolean needs(Triple t) {
    Node p = t.getPredicate();
    return PREDICATES.contains(p)
        && (!p.equals(RDF.type.asNode()) || TYPES.contains(t.getObject()));
  }

  /**
   * The predicates of every triple {@link #needs} keeps (of {@code rdf:type}, only the types of
   * {@link #neededTypes()}): a remote sink fetches its skeleton with them. The reference graphs
   * linking reads ({@link #referenceGraphs()}) are read whole.
   */
  public static Set<Node> neededPredicates() {
    return PREDICATES;
  }

  /** The objects of the {@code rdf:type} triples {@link #needs} keeps. */
  public static Set<Node> neededTypes() {
    return TYPES;
  }

  /** The non-document graphs linking reads whole (the TK open data graph), by IRI. */
  public static List<String> referenceGraphs() {
    return List.of(TkIris.GRAPH, ReferenceData.MINISTRIES_GRAPH, ReferenceData.PARTIES_GRAPH);
  }

  /** The derived graphs linking writes, by IRI. */
  public static List<String> derivedGraphs() {
    return List.of(ZaakLinks.GRAPH, MemberLinks.GRAPH, MembershipSpans.GRAPH, Statistics.GRAPH);
  }

  /** The graph of zaak links (questions to their answers in other documents). */
  public static String zaakGraph() {
    return ZaakLinks.GRAPH;
  }

  /** The graph of tallies (documents per entity, ministry, party, member, year, days). */
  public static String statisticsGraph() {
    return Statistics.GRAPH;
  }

  /** The graph of memberships over all documents (a member in a party, first to last date). */
  public static String membershipGraph() {
    return MembershipSpans.GRAPH;
  }

  /** The graph of member links (members to Tweede Kamer persons). */
  public static String memberGraph() {
    return MemberLinks.GRAPH;
  }

  /**
   * Every derived graph recomputed from the whole view (a first build, or many changes): one index
   * scan per predicate {@link #needs} keeps, then hash joins; linear in the documents.
   */
  public List<LinkDelta> full(DatasetGraph view) {
    long t0 = System.nanoTime();
    Map<String, DocFacts> docs = FactsReader.read(Quads.all(view));
    long t1 = System.nanoTime();
    LinkDelta z = zaken.full(view, docs);
    long t2 = System.nanoTime();
    LinkDelta m = members.full(view, docs);
    long t3 = System.nanoTime();
    LinkDelta p = spans.full(view, docs);
    long t4 = System.nanoTime();
    LinkDelta st = statistics.full(view, List.of(z, m, p));
    LOG.debug(
        "full linking: facts {} ms, zaken {} ms, members {} ms, spans {} ms, statistics {} ms",
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (t4 - t3) / 1_000_000,
        (System.nanoTime() - t4) / 1_000_000);
    return List.of(z, m, p, st);
  }

  /**
   * The derived graphs brought up to date for the documents touched: reads the touched documents,
   * the documents submitted on their days, the documents of the zaken they belong to and the
   * documents naming their members, through the view's indexes; costs what changed, not the size of
   * the store.
   */
  public List<LinkDelta> update(DatasetGraph view, Collection<Touched> touched) {
    if (touched.isEmpty()) {
      return List.of();
    }
    Map<String, DocFacts> before = new HashMap<>();
    for (Touched t : touched) {
      Node g = NodeFactory.createURI(t.docIri());
      DocFacts f = FactsReader.read(Quads.detached(t.before(), g)).get(t.docIri());
      if (f != null) {
        before.put(t.docIri(), f);
      }
    }
    StoreFacts store = new StoreFacts(view);
    long t0 = System.nanoTime();
    LinkDelta z = zaken.update(store, touched, before);
    long t1 = System.nanoTime();
    LinkDelta m = members.update(store, touched, before);
    long t2 = System.nanoTime();
    LinkDelta p = spans.update(store, touched, before);
    long t3 = System.nanoTime();
    LinkDelta s = statistics.update(view, touched, List.of(z, m, p));
    long t4 = System.nanoTime();
    LOG.debug(
        "linking update: zaken {} ms, members {} ms, memberships {} ms, statistics {} ms",
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (t4 - t3) / 1_000_000);
    return List.of(z, m, p, s);
  }
}
