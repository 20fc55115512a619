package org.w3id.kamergraph.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.CITO;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * The statistics graph: tallies ({@code kg:Tally}) of documents per entity, ministry, party,
 * member, year and days to answer, so that the summary queries of the library read a few thousand
 * tallies instead of aggregating the whole corpus. Every tally is a sum over documents of what each
 * document contributes, computed from that document's own graph alone (plus the ministries that
 * host portfolio posts, from the reference graph): so an update subtracts what the touched
 * documents contributed before and adds what they contribute now, touching only those tallies.
 *
 * <p>Tallies (dimensions → measures; "not a notice" means not a {@code kg:PostponementNotice}):
 *
 * <ul>
 *   <li>{@code entity-documents}: entity named ({@code kg:mentions}) → documents
 *   <li>{@code ministry-documents}: ministry of an addressed post ({@code org:postIn} in the
 *       document, or {@code kg:hostMinistry}) → documents, of which through a hosted post
 *   <li>{@code ministry-entity-documents}: ministry, entity named → documents
 *   <li>{@code ministry-answer-days}: ministry, days from submission to answer → answer documents
 *   <li>{@code party-answer-days}: party of an asker, days, party's notation → answer documents
 *   <li>{@code party-year}: party of an asker, year submitted, party's notation → documents,
 *       questions (not notices)
 *   <li>{@code member-documents}: asker, name, party's notation → documents (not notices)
 *   <li>{@code co-askers}: two askers of one document (IRI order), their names → documents (not
 *       notices)
 *   <li>{@code co-asker-pairs}: two askers of one document (IRI order) → documents (not notices):
 *       the pair's weight whatever names the documents give, ranked
 *   <li>{@code kamerstuk-citations}: Kamerstuk cited ({@code cito:cites}) → documents
 *   <li>{@code zaak-documents}: zaak number the document carries ({@code kg:zaakNummer}) →
 *       documents
 *   <li>{@code ministry-notices}: ministry → postponement notices
 *   <li>{@code ministry-notice-dates}: ministry, the notice's date ({@code kg:dateAnswered}) →
 *       postponement notices
 *   <li>{@code open-questions-year}: year submitted (absent: no date) → documents with open
 *       questions, open questions (not notices; {@link OpenYears}: a sum over the zaak linker's
 *       marks, not over documents' own graphs)
 *   <li>{@code class-coverage}: class → distinct entities typed with it in any graph, of which
 *       linked out ({@link Coverage}; not a sum over documents, kept up to date by asking the store
 *       about the entities the touched documents type or link)
 * </ul>
 *
 * <p>Ranked kinds ({@code kamerstuk-citations}, {@code zaak-documents}, {@code co-asker-pairs})
 * also keep their highest tallies marked, so that a "most cited" or "largest zaken" page reads a
 * few thousand tallies instead of sorting all of them: every tally of the kind whose document count
 * is at least the threshold is a {@code kg:LeadingTally}, the threshold being the largest count
 * that at least a page of tallies (100 and 1,000) reach; all of them when fewer exist. The
 * threshold is a function of the kind's distribution, kept as tallies of its own ({@code
 * <kind>-distribution}: a document count → how many tallies of the kind have it), so an update
 * changes the marks of the tallies it touches and, when the threshold moves, of those whose count
 * lies between the old and the new one; the result is always what a full recomputation gives.
 *
 * <p>Names and notations are dimensions as the document writes them (a query shows them without
 * looking them up in every document that repeats them); where a document gives two values (two
 * submission dates, two names), the smallest is used.
 */
final class Statistics {
  static final String GRAPH = KG.ID + "graph/statistiek";

  /** The predicates of document graphs the tallies read (besides those of the other linkers). */
  static final Set<Node> PREDICATES =
      Set.of(
          KG.addressedTo.asNode(),
          ORG.postIn.asNode(),
          KG.mentions.asNode(),
          CITO.cites.asNode(),
          KG.askedBy.asNode(),
          ORG.memberOf.asNode(),
          DCTerms.dateSubmitted.asNode(),
          KG.zaakNummer.asNode(),
          KG.dateAnswered.asNode(),
          KG.hasQuestion.asNode(),
          FOAF.name.asNode(),
          FOAF.familyName.asNode(),
          SKOS.notation.asNode(),
          RDF.type.asNode());

  /** The document kinds the tallies distinguish ({@code rdf:type} objects they read). */
  static final Set<Node> TYPES =
      Set.of(
          KG.Document.asNode(),
          KG.AnswerDocument.asNode(),
          KG.PostponementNotice.asNode(),
          KG.WrittenQuestions.asNode());

  private static final Node DOCS = KG.documentCount.asNode();
  private static final Node QUESTIONS = KG.questionCount.asNode();
  private static final Node PORTFOLIO = KG.portfolioDocumentCount.asNode();
  private static final Node TALLIES = KG.tallyCount.asNode();
  private static final Node TYPE = RDF.type.asNode();
  private static final Node LEADING = KG.LeadingTally.asNode();

  /**
   * One tally's identity: its name and its dimension values, in the order of its properties; a null
   * value is a dimension the document does not give (a member's name, a party's notation).
   */
  private record Key(Kind kind, List<Node> values) {}

  /** A kind of tally: its name, its dimension properties, its measures (documents first). */
  private enum Kind {
    ENTITY_DOCUMENTS("entity-documents", List.of(KG.entity.asNode()), List.of(DOCS)),
    MINISTRY_DOCUMENTS(
        "ministry-documents", List.of(KG.ministry.asNode()), List.of(DOCS, PORTFOLIO)),
    MINISTRY_ENTITY_DOCUMENTS(
        "ministry-entity-documents",
        List.of(KG.ministry.asNode(), KG.entity.asNode()),
        List.of(DOCS)),
    MINISTRY_ANSWER_DAYS(
        "ministry-answer-days", List.of(KG.ministry.asNode(), KG.days.asNode()), List.of(DOCS)),
    PARTY_ANSWER_DAYS(
        "party-answer-days",
        List.of(KG.party.asNode(), KG.days.asNode(), KG.partyNotation.asNode()),
        List.of(DOCS)),
    PARTY_YEAR(
        "party-year",
        List.of(KG.party.asNode(), KG.year.asNode(), KG.partyNotation.asNode()),
        List.of(DOCS, QUESTIONS)),
    MEMBER_DOCUMENTS(
        "member-documents",
        List.of(KG.member.asNode(), KG.memberName.asNode(), KG.partyNotation.asNode()),
        List.of(DOCS)),
    CO_ASKERS(
        "co-askers",
        List.of(
            KG.member.asNode(),
            KG.coMember.asNode(),
            KG.memberName.asNode(),
            KG.coMemberName.asNode()),
        List.of(DOCS)),
    CO_ASKER_PAIRS(
        "co-asker-pairs", List.of(KG.member.asNode(), KG.coMember.asNode()), List.of(DOCS)),
    KAMERSTUK_CITATIONS("kamerstuk-citations", List.of(KG.kamerstuk.asNode()), List.of(DOCS)),
    ZAAK_DOCUMENTS("zaak-documents", List.of(KG.tallyZaakNummer.asNode()), List.of(DOCS)),
    KAMERSTUK_CITATIONS_DISTRIBUTION(
        "kamerstuk-citations-distribution", List.of(KG.countedValue.asNode()), List.of(TALLIES)),
    ZAAK_DOCUMENTS_DISTRIBUTION(
        "zaak-documents-distribution", List.of(KG.countedValue.asNode()), List.of(TALLIES)),
    CO_ASKER_PAIRS_DISTRIBUTION(
        "co-asker-pairs-distribution", List.of(KG.countedValue.asNode()), List.of(TALLIES)),
    MINISTRY_NOTICES("ministry-notices", List.of(KG.ministry.asNode()), List.of(DOCS)),
    MINISTRY_NOTICE_DATES(
        "ministry-notice-dates", List.of(KG.ministry.asNode(), KG.date.asNode()), List.of(DOCS)),
    OPEN_QUESTIONS_YEAR("open-questions-year", List.of(KG.year.asNode()), List.of(DOCS, QUESTIONS)),
    CLASS_COVERAGE(
        "class-coverage",
        List.of(KG.tallyClass.asNode()),
        List.of(KG.entityCount.asNode(), KG.linkedEntityCount.asNode()));

    final String label;
    final List<Node> dimensions;
    final List<Node> measures;

    Kind(String label, List<Node> dimensions, List<Node> measures) {
      this.label = label;
      this.dimensions = dimensions;
      this.measures = measures;
    }
  }

  /**
   * A kind whose highest tallies are marked {@code kg:LeadingTally}: at least {@code page} of them
   * (all when there are fewer), with its distribution kept as tallies of {@code distribution}.
   */
  private record Ranked(Kind kind, Kind distribution, int page) {
    /**
     * The smallest document count a leading tally has: the largest count that at least {@code page}
     * tallies reach, or 1 (every tally) when fewer than {@code page} exist.
     *
     * @param distribution document count → how many tallies of the kind have it
     */
    long threshold(Map<Long, Long> distribution) {
      long reached = 0;
      for (Map.Entry<Long, Long> e : new TreeMap<>(distribution).descendingMap().entrySet()) {
        reached += e.getValue();
        if (reached >= page) {
          return e.getKey();
        }
      }
      return 1;
    }

    /** Where the tallies of the kind live: {@code …/id/statistiek/<kind>/}. */
    String prefix() {
      return KG.ID + "statistiek/" + kind.label + "/";
    }
  }

  private final List<Ranked> ranked;

  /**
   * The statistics with the pages the library queries read: 100 Kamerstukken, 1,000 zaken, 1,000
   * pairs of co-askers.
   */
  Statistics() {
    this(100, 1000, 1000);
  }

  /** With other pages, so that a test can move the thresholds with a few documents. */
  Statistics(int kamerstukPage, int zaakPage, int coAskerPage) {
    ranked =
        List.of(
            new Ranked(
                Kind.KAMERSTUK_CITATIONS, Kind.KAMERSTUK_CITATIONS_DISTRIBUTION, kamerstukPage),
            new Ranked(Kind.ZAAK_DOCUMENTS, Kind.ZAAK_DOCUMENTS_DISTRIBUTION, zaakPage),
            new Ranked(Kind.CO_ASKER_PAIRS, Kind.CO_ASKER_PAIRS_DISTRIBUTION, coAskerPage));
  }

  /** Whether the tallies read this triple of a document graph. */
  static boolean needs(org.apache.jena.graph.Triple t) {
    Node p = t.getPredicate();
    return PREDICATES.contains(p) && (!p.equals(TYPE) || TYPES.contains(t.getObject()));
  }

  /**
   * Every tally recomputed from the whole view: one index scan per predicate it reads; {@code
   * pending} are the other linkers' deltas to their derived graphs, read as applied.
   */
  LinkDelta full(DatasetGraph view, Collection<LinkDelta> pending) {
    Reference hosts = Reference.of(view);
    Map<Key, long[]> sums = new HashMap<>();
    read(Quads.all(view)).values().forEach(f -> contribute(f, hosts, 1, sums));
    Coverage.full(view, pending)
        .forEach(
            (c, n) -> sums.put(key(Kind.CLASS_COVERAGE, c), new long[] {n.entities(), n.linked()}));
    OpenYears.full(view, pending)
        .forEach((year, v) -> sums.put(key(Kind.OPEN_QUESTIONS_YEAR, year.orElse(null)), v));
    Map<Kind, Long> thresholds = new HashMap<>();
    for (Ranked r : ranked) {
      Map<Long, Long> distribution = new HashMap<>();
      sums.forEach(
          (k, v) -> {
            if (k.kind() == r.kind() && v[0] > 0) {
              distribution.merge(v[0], 1L, Long::sum);
            }
          });
      thresholds.put(r.kind(), r.threshold(distribution));
      distribution.forEach(
          (count, tallies) ->
              sums.put(key(r.distribution(), integer(count)), new long[] {tallies}));
    }
    Graph want = GraphFactory.createDefaultGraph();
    sums.forEach((k, v) -> write(k, v, leads(k, v, thresholds), want));
    return Deltas.between(GRAPH, view.getGraph(NodeFactoryUri.of(GRAPH)), want);
  }

  /**
   * The tallies brought up to date for the documents touched: what they contributed before is
   * subtracted, what they contribute now added, and only the tallies they contribute to are read
   * and rewritten (with the distributions of the ranked kinds, and the marks of tallies whose count
   * lies between a ranked kind's old and new threshold). {@code pending} are the other linkers'
   * deltas to their derived graphs, read as applied.
   */
  LinkDelta update(DatasetGraph view, Collection<Touched> touched, Collection<LinkDelta> pending) {
    Reference hosts = Reference.of(view);
    Map<Key, long[]> diff = new HashMap<>();
    for (Touched t : touched) {
      Node g = NodeFactoryUri.of(t.docIri());
      Facts before = read(Quads.detached(t.before(), g)).get(g);
      if (before != null) {
        contribute(before, hosts, -1, diff);
      }
      Facts now = read(Quads.graph(view, g)).get(g);
      if (now != null) {
        contribute(now, hosts, 1, diff);
      }
    }
    Coverage.update(view, touched, pending)
        .forEach(
            (c, n) ->
                diff.merge(
                    key(Kind.CLASS_COVERAGE, c),
                    new long[] {n.entities(), n.linked()},
                    Statistics::sum));
    OpenYears.update(view, touched, pending)
        .forEach(
            (year, v) ->
                diff.merge(key(Kind.OPEN_QUESTIONS_YEAR, year.orElse(null)), v, Statistics::sum));
    Node graph = NodeFactoryUri.of(GRAPH);
    Graph have = GraphFactory.createDefaultGraph();
    Map<Key, long[]> values = new HashMap<>();
    Map<Kind, Map<Long, Long>> moves = new HashMap<>(); // ranked kind → count → tallies gained
    for (Map.Entry<Key, long[]> e : diff.entrySet()) {
      Key k = e.getKey();
      long[] value = stored(view, graph, k, have);
      long was = value[0];
      for (int i = 0; i < value.length; i++) {
        value[i] += e.getValue()[i];
      }
      values.put(k, value);
      if (was != value[0] && ranked.stream().anyMatch(r -> r.kind() == k.kind())) {
        Map<Long, Long> m = moves.computeIfAbsent(k.kind(), x -> new HashMap<>());
        m.merge(was, -1L, Long::sum);
        m.merge(value[0], 1L, Long::sum);
      }
    }
    Map<Kind, Long> thresholds = new HashMap<>();
    Map<Kind, Long> previous = new HashMap<>();
    for (Ranked r : ranked) {
      Map<Long, Long> distribution = distribution(view, graph, r);
      previous.put(r.kind(), r.threshold(distribution));
      moves
          .getOrDefault(r.kind(), Map.of())
          .forEach(
              (count, gained) -> {
                if (count > 0 && gained != 0) {
                  Key dk = key(r.distribution(), integer(count));
                  long[] v = values.computeIfAbsent(dk, x -> stored(view, graph, dk, have));
                  v[0] += gained;
                  distribution.merge(count, gained, Long::sum);
                }
              });
      thresholds.put(r.kind(), r.threshold(distribution));
    }
    Graph want = GraphFactory.createDefaultGraph();
    values.forEach((k, v) -> write(k, v, leads(k, v, thresholds), want));
    Set<String> rewritten = new HashSet<>(); // the IRIs of the tallies written above, once
    values.keySet().forEach(k -> rewritten.add(iri(k).getURI()));
    for (Ranked r : ranked) {
      long from = Math.min(previous.get(r.kind()), thresholds.get(r.kind()));
      long to = Math.max(previous.get(r.kind()), thresholds.get(r.kind()));
      for (long count = from; count < to; count++) {
        remark(view, graph, r, count, count >= thresholds.get(r.kind()), rewritten, have, want);
      }
    }
    return Deltas.between(GRAPH, have, want);
  }

  /** Two changes to a tally of two measures, added up. */
  private static long[] sum(long[] a, long[] b) {
    return new long[] {a[0] + b[0], a[1] + b[1]};
  }

  /** A tally's stored measures (zeros when absent); its stored triples go into {@code have}. */
  private static long[] stored(DatasetGraph view, Node graph, Key k, Graph have) {
    long[] value = new long[k.kind().measures.size()];
    view.find(graph, iri(k), Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              have.add(q.asTriple());
              int i = k.kind().measures.indexOf(q.getPredicate());
              if (i >= 0 && q.getObject().isLiteral()) {
                value[i] = Long.parseLong(q.getObject().getLiteralLexicalForm());
              }
            });
    return value;
  }

  /** A ranked kind's stored distribution: document count → how many tallies have it. */
  private static Map<Long, Long> distribution(DatasetGraph view, Node graph, Ranked r) {
    Map<Long, Long> out = new HashMap<>();
    view.find(
            graph,
            Node.ANY,
            KG.tallyOf.asNode(),
            NodeFactory.createLiteralString(r.distribution().label))
        .forEachRemaining(
            q -> {
              Long count = number(view, graph, q.getSubject(), KG.countedValue.asNode());
              Long tallies = number(view, graph, q.getSubject(), TALLIES);
              if (count != null && tallies != null) {
                out.put(count, tallies);
              }
            });
    return out;
  }

  private static Long number(DatasetGraph view, Node graph, Node s, Node p) {
    var it = view.find(graph, s, p, Node.ANY);
    if (!it.hasNext()) {
      return null;
    }
    Node o = it.next().getObject();
    return o.isLiteral() ? Long.valueOf(o.getLiteralLexicalForm()) : null;
  }

  /**
   * Marks or unmarks the tallies of a ranked kind with this document count as leading, except those
   * in {@code rewritten} (IRIs of tallies the update writes whole); their other triples stay.
   */
  private static void remark(
      DatasetGraph view,
      Node graph,
      Ranked r,
      long count,
      boolean leading,
      Set<String> rewritten,
      Graph have,
      Graph want) {
    view.find(graph, Node.ANY, DOCS, integer(count))
        .forEachRemaining(
            q -> {
              Node t = q.getSubject();
              if (!t.getURI().startsWith(r.prefix()) || rewritten.contains(t.getURI())) {
                return;
              }
              if (view.contains(graph, t, TYPE, LEADING)) {
                have.add(t, TYPE, LEADING);
              }
              if (leading) {
                want.add(t, TYPE, LEADING);
              }
            });
  }

  /** Whether a tally of a ranked kind is among its leaders (false for other kinds). */
  private static boolean leads(Key k, long[] value, Map<Kind, Long> thresholds) {
    Long threshold = thresholds.get(k.kind());
    return threshold != null && value[0] >= threshold;
  }

  // --- contributions -------------------------------------------------------------------------

  private static void contribute(Facts f, Reference ref, int sign, Map<Key, long[]> to) {
    boolean notice = f.kinds.contains(KG.PostponementNotice.asNode());
    Set<Node> ministries = new HashSet<>();
    Set<Node> viaHost = new HashSet<>();
    for (Node post : f.posts) {
      ministries.addAll(f.postIn.getOrDefault(post, Set.of()));
      viaHost.addAll(ref.hosts().getOrDefault(post, Set.of()));
    }
    ministries.addAll(viaHost);
    Set<Node> parties = new HashSet<>();
    for (Node asker : f.askers) {
      parties.addAll(f.parties.getOrDefault(asker, Set.of()));
    }
    // tallies carry the labels the queries show, as this document gives them, so a query need not
    // look them up in every document that repeats them
    Map<Node, Node> notation = new HashMap<>();
    for (Node p : parties) {
      notation.put(p, f.notation(p, ref));
    }
    BiConsumer<Key, long[]> add =
        (k, v) ->
            to.merge(
                k,
                v,
                (a, b) -> {
                  for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                  }
                  return a;
                });
    for (Node e : f.mentions) {
      add.accept(key(Kind.ENTITY_DOCUMENTS, e), new long[] {sign});
    }
    for (Node m : ministries) {
      add.accept(
          key(Kind.MINISTRY_DOCUMENTS, m), new long[] {sign, viaHost.contains(m) ? sign : 0});
      for (Node e : f.mentions) {
        add.accept(key(Kind.MINISTRY_ENTITY_DOCUMENTS, m, e), new long[] {sign});
      }
    }
    Long days = f.kinds.contains(KG.AnswerDocument.asNode()) ? f.days() : null;
    if (days != null) {
      Node d = integer(days);
      for (Node m : ministries) {
        add.accept(key(Kind.MINISTRY_ANSWER_DAYS, m, d), new long[] {sign});
      }
      for (Node p : parties) {
        add.accept(key(Kind.PARTY_ANSWER_DAYS, p, d, notation.get(p)), new long[] {sign});
      }
    }
    if (!notice) {
      Integer year = f.year();
      if (year != null) {
        for (Node p : parties) {
          add.accept(
              key(Kind.PARTY_YEAR, p, integer(year), notation.get(p)),
              new long[] {sign, (long) sign * f.questions.size()});
        }
      }
      List<Node> askers = new ArrayList<>(f.askers);
      for (int i = 0; i < askers.size(); i++) {
        Node a = askers.get(i);
        Node party = f.parties.getOrDefault(a, Set.of()).stream().min(BY_IRI).orElse(null);
        Node partyNotation = party == null ? null : f.notation(party, ref);
        add.accept(key(Kind.MEMBER_DOCUMENTS, a, f.name(a), partyNotation), new long[] {sign});
        for (int j = i + 1; j < askers.size(); j++) {
          Node b = askers.get(j);
          add.accept(key(Kind.CO_ASKERS, a, b, f.name(a), f.name(b)), new long[] {sign});
          add.accept(key(Kind.CO_ASKER_PAIRS, a, b), new long[] {sign});
        }
      }
    }
    if (notice) {
      for (Node m : ministries) {
        add.accept(key(Kind.MINISTRY_NOTICES, m), new long[] {sign});
        if (f.answeredNode != null) {
          add.accept(key(Kind.MINISTRY_NOTICE_DATES, m, f.answeredNode), new long[] {sign});
        }
      }
    }
    for (Node k : f.cites) {
      add.accept(key(Kind.KAMERSTUK_CITATIONS, k), new long[] {sign});
    }
    for (Node z : f.zaakNummers) {
      add.accept(key(Kind.ZAAK_DOCUMENTS, z), new long[] {sign});
    }
  }

  private static Key key(Kind kind, Node... values) {
    return new Key(kind, java.util.Collections.unmodifiableList(java.util.Arrays.asList(values)));
  }

  private static final java.util.Comparator<Node> BY_IRI =
      java.util.Comparator.comparing(Node::getURI);

  /** A tally's triples, if it counts anything (a tally of nothing is absent). */
  private static void write(Key k, long[] value, boolean leading, Graph into) {
    if (value[0] <= 0) {
      return;
    }
    Node t = iri(k);
    into.add(t, TYPE, KG.Tally.asNode());
    if (leading) {
      into.add(t, TYPE, LEADING);
    }
    into.add(t, KG.tallyOf.asNode(), NodeFactory.createLiteralString(k.kind().label));
    for (int i = 0; i < k.values().size(); i++) {
      if (k.values().get(i) != null) {
        into.add(t, k.kind().dimensions.get(i), k.values().get(i));
      }
    }
    for (int i = 0; i < value.length; i++) {
      into.add(t, k.kind().measures.get(i), integer(value[i]));
    }
  }

  /**
   * A tally's IRI: {@code …/id/statistiek/<tally>/<hash>}, the hash (SHA-256, 64 bits) of its
   * dimension values; deterministic, so an update finds the tally a full recomputation wrote.
   */
  private static Node iri(Key k) {
    StringBuilder s = new StringBuilder(k.kind().label);
    for (Node v : k.values()) {
      s.append('\u0000');
      if (v != null) {
        s.append(v.isURI() ? 'I' : 'L').append(v.isURI() ? v.getURI() : v.getLiteralLexicalForm());
      }
    }
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return NodeFactoryUri.of(
          KG.ID + "statistiek/" + k.kind().label + "/" + HexFormat.of().formatHex(h, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /**
   * What the tallies read of the reference graphs: the ministries hosting posts ({@code
   * kg:hostMinistry}) and the parties' notations, for documents that name a party without one.
   */
  private record Reference(Map<Node, Set<Node>> hosts, Map<Node, Node> notations) {
    static Reference of(DatasetGraph view) {
      Map<Node, Node> notations = new HashMap<>();
      view.find(
              NodeFactoryUri.of(ReferenceData.PARTIES_GRAPH),
              Node.ANY,
              SKOS.notation.asNode(),
              Node.ANY)
          .forEachRemaining(
              q -> {
                if (q.getObject().isLiteral()) {
                  notations.merge(
                      q.getSubject(),
                      q.getObject(),
                      (a, b) ->
                          a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm()) <= 0
                              ? a
                              : b);
                }
              });
      return new Reference(Statistics.hosts(view), notations);
    }
  }

  /** The ministries hosting posts ({@code kg:hostMinistry}) in the ministries reference graph. */
  private static Map<Node, Set<Node>> hosts(DatasetGraph view) {
    Map<Node, Set<Node>> out = new HashMap<>();
    view.find(
            NodeFactoryUri.of(ReferenceData.MINISTRIES_GRAPH),
            Node.ANY,
            KG.hostMinistry.asNode(),
            Node.ANY)
        .forEachRemaining(
            q -> {
              if (q.getObject().isURI()) {
                out.computeIfAbsent(q.getSubject(), x -> new HashSet<>()).add(q.getObject());
              }
            });
    return out;
  }

  // --- reading -------------------------------------------------------------------------------

  /** What the tallies know of one document graph. */
  private static final class Facts {
    final Set<Node> kinds = new HashSet<>();
    String submitted;
    String answered;
    Node answeredNode; // the literal of the smallest answer date, datatype as written
    final Set<Node> askers = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    final Map<Node, Set<Node>> parties = new HashMap<>();
    final Set<Node> posts = new HashSet<>();
    final Map<Node, Set<Node>> postIn = new HashMap<>();
    final Set<Node> mentions = new HashSet<>();
    final Set<Node> cites = new HashSet<>();
    final Set<Node> zaakNummers = new HashSet<>(); // literals, as written
    final Set<Node> questions = new HashSet<>();
    final Map<Node, Map<Node, Node>> literals = new HashMap<>(); // subject → predicate → smallest

    /** The smallest literal the document gives for the subject and predicate, or null. */
    Node literal(Node subject, Node predicate) {
      return literals.getOrDefault(subject, Map.of()).get(predicate);
    }

    /** A party's notation as the document gives it, else as the reference data does, or null. */
    Node notation(Node party, Reference ref) {
      Node n = literal(party, SKOS.notation.asNode());
      return n != null ? n : ref.notations().get(party);
    }

    /** A member's name as the document writes it: foaf:name, else foaf:familyName, or null. */
    Node name(Node member) {
      Node n = literal(member, FOAF.name.asNode());
      return n != null ? n : literal(member, FOAF.familyName.asNode());
    }

    void literal(Quad q) {
      Node o = q.getObject();
      if (o.isLiteral()) {
        literals
            .computeIfAbsent(q.getSubject(), x -> new HashMap<>())
            .merge(
                q.getPredicate(),
                o,
                (a, b) ->
                    a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm()) <= 0 ? a : b);
      }
    }

    /** Days from submission to answer, or null if a date is missing or not a date. */
    Long days() {
      LocalDate s = date(submitted);
      LocalDate a = date(answered);
      return s == null || a == null ? null : ChronoUnit.DAYS.between(s, a);
    }

    Integer year() {
      LocalDate s = date(submitted);
      return s == null ? null : s.getYear();
    }

    private static LocalDate date(String lexical) {
      if (lexical == null) {
        return null;
      }
      try {
        return LocalDate.parse(lexical);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /** The facts of every document graph {@code quads} holds, by graph name. */
  private static Map<Node, Facts> read(Quads quads) {
    Map<Node, Facts> docs = new HashMap<>();
    quads
        .find(TYPE, KG.Document.asNode())
        .forEachRemaining(
            q -> {
              if (q.getSubject().equals(q.getGraph())) {
                docs.put(q.getGraph(), new Facts());
              }
            });
    if (docs.isEmpty()) {
      return docs;
    }
    for (Node kind : TYPES) {
      own(quads, docs, TYPE, kind, (f, q) -> f.kinds.add(kind));
    }
    own(
        quads,
        docs,
        DCTerms.dateSubmitted.asNode(),
        Node.ANY,
        (f, q) -> f.submitted = min(f.submitted, q.getObject()));
    own(
        quads,
        docs,
        KG.dateAnswered.asNode(),
        Node.ANY,
        (f, q) -> {
          String was = f.answered;
          f.answered = min(f.answered, q.getObject());
          if (f.answered != null && !f.answered.equals(was)) {
            f.answeredNode = q.getObject();
          }
        });
    own(quads, docs, KG.askedBy.asNode(), Node.ANY, (f, q) -> uri(q.getObject(), f.askers));
    own(quads, docs, KG.addressedTo.asNode(), Node.ANY, (f, q) -> uri(q.getObject(), f.posts));
    own(quads, docs, KG.mentions.asNode(), Node.ANY, (f, q) -> uri(q.getObject(), f.mentions));
    own(quads, docs, CITO.cites.asNode(), Node.ANY, (f, q) -> uri(q.getObject(), f.cites));
    own(
        quads,
        docs,
        KG.zaakNummer.asNode(),
        Node.ANY,
        (f, q) -> {
          if (q.getObject().isLiteral()) {
            f.zaakNummers.add(q.getObject());
          }
        });
    own(quads, docs, KG.hasQuestion.asNode(), Node.ANY, (f, q) -> f.questions.add(q.getObject()));
    for (Node p : List.of(FOAF.name.asNode(), FOAF.familyName.asNode(), SKOS.notation.asNode())) {
      in(quads, docs, p, (f, q) -> f.literal(q));
    }
    in(
        quads,
        docs,
        ORG.memberOf.asNode(),
        (f, q) ->
            uri(q.getObject(), f.parties.computeIfAbsent(q.getSubject(), x -> new HashSet<>())));
    in(
        quads,
        docs,
        ORG.postIn.asNode(),
        (f, q) ->
            uri(q.getObject(), f.postIn.computeIfAbsent(q.getSubject(), x -> new HashSet<>())));
    return docs;
  }

  /** Quads about the document itself ({@code <g> p o} in graph {@code g}). */
  private static void own(
      Quads quads, Map<Node, Facts> docs, Node p, Node o, BiConsumer<Facts, Quad> each) {
    quads
        .find(p, o)
        .forEachRemaining(
            q -> {
              Facts f = docs.get(q.getGraph());
              if (f != null && q.getSubject().equals(q.getGraph())) {
                each.accept(f, q);
              }
            });
  }

  /** Quads anywhere in a document graph. */
  private static void in(Quads quads, Map<Node, Facts> docs, Node p, BiConsumer<Facts, Quad> each) {
    quads
        .find(p, Node.ANY)
        .forEachRemaining(
            q -> {
              Facts f = docs.get(q.getGraph());
              if (f != null) {
                each.accept(f, q);
              }
            });
  }

  private static void uri(Node n, Set<Node> into) {
    if (n.isURI()) {
      into.add(n);
    }
  }

  private static String min(String have, Node o) {
    if (!o.isLiteral()) {
      return have;
    }
    String v = o.getLiteralLexicalForm();
    return have == null || v.compareTo(have) < 0 ? v : have;
  }
}
