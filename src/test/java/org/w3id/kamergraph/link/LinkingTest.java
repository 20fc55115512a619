package org.w3id.kamergraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.CITO;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.rdf.TIME;

/**
 * Linking over synthetic stores: the full recomputation agrees with the SPARQL formulation it
 * replaced, and an update after any sequence of added, replaced and removed documents leaves the
 * derived graphs exactly as a full recomputation would.
 */
class LinkingTest {
  private static final String[] DAYS = {"2023-12-29", "2024-01-02", "2024-01-03", "2024-01-04"};
  private static final String[] FAMILIES = {"Jansen", "de Vries", "Bakker", "Visser"};
  private static final String[] PARTIES = {"vvd", "sp", "d66"};

  private final Linking linking = new Linking();

  static java.util.stream.LongStream manySeeds() {
    return java.util.stream.LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest
  @MethodSource("manySeeds")
  void updatesAgreeWithAFullRecomputation(long seed) {
    updatesAgree(seed, linking);
  }

  /**
   * Pages of 2 Kamerstukken and 1 zaak instead of 100 and 1,000: the few Kamerstukken and zaken of
   * these documents then move the thresholds of the leading tallies up and down as documents come
   * and go, and the marks an update leaves must be those a full recomputation gives.
   */
  @ParameterizedTest
  @MethodSource("manySeeds")
  void updatesAgreeWithAFullRecomputationAsLeadingTalliesChange(long seed) {
    Linking small = new Linking(new Statistics(2, 1, 2));
    int[] moved = updatesAgree(seed, small);
    assertThat(moved[1]).as("leading marks changed in the sequence").isPositive();
  }

  /** Runs 60 random update steps; returns links changed and leading marks changed. */
  private int[] updatesAgree(long seed, Linking linking) {
    int leadingChanges = 0;
    SplittableRandom r = new SplittableRandom(seed);
    DatasetGraph store = DatasetGraphFactory.createTxnMem();
    tkGraph(store);
    Map<String, Graph> docs = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      String iri = doc(i);
      docs.put(iri, randomDocument(iri, r));
      put(store, iri, docs.get(iri));
    }
    apply(store, linking.full(store));
    int changedLinks = 0;
    for (int step = 0; step < 60; step++) {
      List<Touched> touched = new ArrayList<>();
      int changes = 1 + r.nextInt(3);
      for (int c = 0; c < changes; c++) {
        String iri = doc(r.nextInt(16));
        Graph before =
            docs.containsKey(iri) ? skeleton(docs.get(iri)) : GraphFactory.createDefaultGraph();
        if (touched.stream().anyMatch(t -> t.docIri().equals(iri))) {
          continue;
        }
        touched.add(new Touched(iri, before));
        if (docs.containsKey(iri) && r.nextInt(3) == 0) {
          docs.remove(iri);
          store.removeGraph(NodeFactory.createURI(iri));
        } else {
          docs.put(iri, randomDocument(iri, r));
          put(store, iri, docs.get(iri));
        }
      }
      List<LinkDelta> deltas = linking.update(store, touched);
      for (LinkDelta d : deltas) {
        changedLinks += d.added().size() + d.removed().size();
        leadingChanges +=
            d.added().find(Node.ANY, RDF.type.asNode(), KG.LeadingTally.asNode()).toList().size()
                + d.removed()
                    .find(Node.ANY, RDF.type.asNode(), KG.LeadingTally.asNode())
                    .toList()
                    .size();
      }
      apply(store, deltas);
      DatasetGraph fresh = copyWithoutDerived(store);
      apply(fresh, linking.full(fresh));
      for (String g : Linking.derivedGraphs()) {
        Graph want = fresh.getGraph(NodeFactory.createURI(g));
        Graph got = store.getGraph(NodeFactory.createURI(g));
        assertThat(got.isIsomorphicWith(want))
            .as("seed %d step %d graph %s:%n got %s%n want %s", seed, step, g, got, want)
            .isTrue();
      }
    }
    assertThat(changedLinks).as("the sequence changed links at all").isPositive();
    // a full recomputation over a store whose derived graphs are stale (kamergraph link after
    // another program removed documents) reads them as they will be, not as they were
    docs.keySet().stream()
        .limit(docs.size() / 2)
        .toList()
        .forEach(iri -> store.removeGraph(NodeFactory.createURI(iri)));
    DatasetGraph fresh = copyWithoutDerived(store);
    apply(fresh, linking.full(fresh));
    apply(store, linking.full(store));
    for (String g : Linking.derivedGraphs()) {
      assertThat(
              store
                  .getGraph(NodeFactory.createURI(g))
                  .isIsomorphicWith(fresh.getGraph(NodeFactory.createURI(g))))
          .as("seed %d, full over derived graphs, graph %s", seed, g)
          .isTrue();
    }
    return new int[] {changedLinks, leadingChanges};
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25})
  void fullAgreesWithTheSparqlFormulation(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DatasetGraph store = DatasetGraphFactory.createTxnMem();
    tkGraph(store);
    for (int i = 0; i < 40; i++) {
      put(store, doc(i), randomDocument(doc(i), r));
    }
    List<LinkDelta> full = linking.full(store);
    assertThat(full.get(0).added().isIsomorphicWith(SparqlZaakLinker.compute(store))).isTrue();
    assertThat(full.get(1).added().isIsomorphicWith(SparqlMemberLinker.compute(store))).isTrue();
    assertThat(full.get(0).added().size()).isPositive();
    assertThat(full.get(1).added().size()).isPositive();
  }

  @Test
  void twoZakenOnOneDayForOneAskerLinkNeither() {
    DatasetGraph store = DatasetGraphFactory.createTxnMem();
    put(store, doc(1), document(doc(1), "2024-01-02", "zaak/1", "Jansen", List.of(1), List.of()));
    put(store, doc(2), document(doc(2), "2024-01-02", null, "Jansen", List.of(), List.of(1)));
    List<LinkDelta> d = linking.full(store);
    assertThat(d.get(0).added().contains(uri(doc(2)), KG.zaak.asNode(), uri(KG.ID + "zaak/1")))
        .isTrue();
    assertThat(
            d.get(0)
                .added()
                .contains(
                    uri(doc(1) + "/vraag/1"), KG.answeredIn.asNode(), uri(doc(2) + "/antwoord/1")))
        .isTrue();
    apply(store, d);

    // a second zaak for the same asker and day: the answer document could belong to either
    Graph before = skeleton(store.getGraph(uri(doc(2))));
    put(store, doc(3), document(doc(3), "2024-01-02", "zaak/2", "Jansen", List.of(1), List.of()));
    apply(
        store,
        linking.update(store, List.of(new Touched(doc(3), GraphFactory.createDefaultGraph()))));
    Graph links = store.getGraph(uri(ZaakLinks.GRAPH));
    assertThat(links.find(Node.ANY, KG.zaak.asNode(), Node.ANY).toList())
        .as("no zaak link survives: %s", links)
        .isEmpty();
    assertThat(links.find(Node.ANY, KG.answeredIn.asNode(), Node.ANY).toList())
        .as("no answer link survives: %s", links)
        .isEmpty();
    assertThat(links.find(Node.ANY, RDF.type.asNode(), KG.OpenQuestion.asNode()).toList())
        .as("so both questions are open again: %s", links)
        .hasSize(2);
    assertThat(before.isEmpty()).isFalse();
  }

  @Test
  void aMemberIsLinkedOnlyWhereOneDocumentsPartyAndDateFitASeat() {
    // De Vries sits for partyOf("de Vries") from 2024-01-03 (p5). Named with another party on a
    // date in that seat, and with the seat's party only before it: no document fits, no link
    // (taking one document's party with another's date once linked here)
    String seatParty = partyOf("de Vries");
    String other = seatParty.equals("vvd") ? "sp" : "vvd";
    Node m = uri(KG.ID + "persoon/de-vries");
    DatasetGraph store = DatasetGraphFactory.createTxnMem();
    tkGraph(store);
    put(store, doc(1), named(doc(1), m, "2020-05-04", seatParty));
    put(store, doc(2), named(doc(2), m, "2024-05-04", other));
    assertThat(linking.full(store).get(1).added().isEmpty()).isTrue();
    assertThat(SparqlMemberLinker.compute(store).isEmpty()).isTrue();
    // a document with the seat's party on a seat date: now one fits
    put(store, doc(3), named(doc(3), m, "2024-06-01", seatParty));
    assertThat(linking.full(store).get(1).added().contains(m, OWL.sameAs.asNode(), Node.ANY))
        .isTrue();
    List<LinkDelta> update =
        linking.update(store, List.of(new Touched(doc(3), GraphFactory.createDefaultGraph())));
    assertThat(update.get(1).added().contains(m, OWL.sameAs.asNode(), Node.ANY)).isTrue();
  }

  @Test
  void aPairWithoutASpanIsCountedFromTheStore() {
    Node m = uri(KG.ID + "persoon/de-vries");
    DatasetGraph store = DatasetGraphFactory.createTxnMem();
    put(store, doc(1), named(doc(1), m, "2020-05-04", "vvd"));
    put(store, doc(2), named(doc(2), m, "2022-05-04", "vvd"));
    apply(store, linking.full(store));
    store.removeGraph(uri(MembershipSpans.GRAPH)); // a store of a version without spans
    put(store, doc(3), named(doc(3), m, "2024-05-04", "vvd"));
    apply(
        store,
        linking.update(store, List.of(new Touched(doc(3), GraphFactory.createDefaultGraph()))));
    Graph spans = store.getGraph(uri(MembershipSpans.GRAPH));
    assertThat(spans.find(Node.ANY, KG.attestationCount.asNode(), Node.ANY).toList())
        .extracting(t -> t.getObject().getLiteralLexicalForm())
        .containsExactly("3");
    assertThat(spans.find(Node.ANY, TIME.inXSDDate.asNode(), Node.ANY).toList())
        .extracting(t -> t.getObject().getLiteralLexicalForm())
        .containsExactlyInAnyOrder("2020-05-04", "2024-05-04");
  }

  /** A document asked by member {@code m}, named with {@code party}, submitted on {@code day}. */
  private static Graph named(String iri, Node m, String day, String party) {
    Graph g = GraphFactory.createDefaultGraph();
    Node d = uri(iri);
    g.add(d, RDF.type.asNode(), KG.Document.asNode());
    g.add(d, DCTerms.dateSubmitted.asNode(), date(day));
    g.add(d, KG.askedBy.asNode(), m);
    g.add(m, RDF.type.asNode(), KG.Member.asNode());
    g.add(m, FOAF.familyName.asNode(), NodeFactory.createLiteralString("de Vries"));
    g.add(m, ORG.memberOf.asNode(), uri(KG.ID + "partij/" + party));
    return g;
  }

  // --- synthetic documents -------------------------------------------------------------------

  private static String doc(int i) {
    return KG.ID + "doc/d" + i;
  }

  private static Graph randomDocument(String iri, SplittableRandom r) {
    String day = DAYS[r.nextInt(DAYS.length)];
    String zaak = r.nextInt(3) == 0 ? null : "zaak/" + r.nextInt(3);
    String family = FAMILIES[r.nextInt(FAMILIES.length)];
    List<Integer> questions = new ArrayList<>();
    List<Integer> answers = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 1; i <= n; i++) {
      if (r.nextBoolean()) {
        questions.add(i);
      }
      if (r.nextInt(3) == 0) {
        answers.add(i);
      }
    }
    Graph g = document(iri, day, zaak, family, questions, answers);
    tallied(g, uri(iri), r);
    if (r.nextBoolean()) {
      g.add(uri(iri), DCTerms.dateSubmitted.asNode(), date(DAYS[r.nextInt(DAYS.length)]));
      g.delete(uri(iri), DCTerms.dateSubmitted.asNode(), date(day));
    }
    return g;
  }

  /**
   * What the statistics read, at random: a kind, an answer date, a second asker, addressed posts
   * (with their ministry, or hosted by one), entities named, Kamerstukken cited and zaak numbers.
   */
  private static void tallied(Graph g, Node d, SplittableRandom r) {
    Node[] kinds = {
      KG.WrittenQuestions.asNode(), KG.AnswerDocument.asNode(), KG.PostponementNotice.asNode()
    };
    g.add(d, RDF.type.asNode(), kinds[r.nextInt(kinds.length)]);
    if (r.nextBoolean()) {
      g.add(
          d, KG.dateAnswered.asNode(), date("2024-0" + (2 + r.nextInt(3)) + "-1" + r.nextInt(10)));
    }
    if (r.nextInt(3) == 0) {
      String family = FAMILIES[r.nextInt(FAMILIES.length)];
      String party = partyOf(family);
      Node m = uri(KG.ID + "lid/" + party + "/" + family.toLowerCase().replace(' ', '-'));
      g.add(d, KG.askedBy.asNode(), m);
      g.add(m, RDF.type.asNode(), KG.Member.asNode());
      g.add(m, FOAF.familyName.asNode(), NodeFactory.createLiteralString(family));
      // now and then with another party (a member who moved): memberships over time
      String as = r.nextInt(4) == 0 ? PARTIES[r.nextInt(PARTIES.length)] : party;
      g.add(m, ORG.memberOf.asNode(), uri(KG.ID + "partij/" + as));
      if (r.nextInt(8) == 0) { // and named with two parties in one document
        g.add(
            m, ORG.memberOf.asNode(), uri(KG.ID + "partij/" + PARTIES[r.nextInt(PARTIES.length)]));
      }
    }
    for (String party : PARTIES) {
      if (r.nextBoolean()) { // the party's notation, as some documents give it
        g.add(
            uri(KG.ID + "partij/" + party),
            SKOS.notation.asNode(),
            NodeFactory.createLiteralString(party.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      int p = r.nextInt(4);
      Node post = uri(KG.ID + "post/p" + p);
      g.add(d, KG.addressedTo.asNode(), post);
      if (p < 3) {
        g.add(post, ORG.postIn.asNode(), uri(KG.ID + "ministerie/m" + (p % 2)));
      }
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      g.add(d, KG.mentions.asNode(), uri(KG.ID + "organisatie/o" + r.nextInt(5)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      Node k = uri(KG.ID + "kamerstuk/k" + r.nextInt(4));
      g.add(d, CITO.cites.asNode(), k);
      // types and links in some documents only, so that entities enter and leave link coverage
      if (r.nextBoolean()) {
        g.add(k, RDF.type.asNode(), KG.Kamerstuk.asNode());
      }
      if (r.nextInt(3) == 0) {
        g.add(k, RDFS.seeAlso.asNode(), uri("https://zoek.officielebekendmakingen.nl/" + i));
      }
    }
    if (r.nextInt(3) == 0) {
      g.add(d, RDFS.seeAlso.asNode(), uri("https://zoek.officielebekendmakingen.nl/d"));
    }
    if (r.nextBoolean()) { // an answerer in a post: tenures over time
      g.add(
          uri(KG.ID + "persoon/a" + r.nextInt(3)),
          ORG.holds.asNode(),
          uri(KG.ID + "post/p" + r.nextInt(3)));
    }
    if (r.nextInt(4) == 0) {
      Node m = uri(KG.ID + "ministerie/m" + r.nextInt(2));
      g.add(m, RDF.type.asNode(), KG.Ministry.asNode());
      if (r.nextBoolean()) {
        g.add(m, SKOS.exactMatch.asNode(), uri("https://identifier.overheid.nl/tooi/id/x"));
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      g.add(d, KG.zaakNummer.asNode(), NodeFactory.createLiteralString("2024Z0000" + r.nextInt(4)));
    }
  }

  /** A document: one asker, questions (answered when in {@code answers} too) and answers. */
  private static Graph document(
      String iri,
      String day,
      String zaak,
      String family,
      List<Integer> questions,
      List<Integer> answers) {
    Graph g = GraphFactory.createDefaultGraph();
    Node d = uri(iri);
    g.add(d, RDF.type.asNode(), KG.Document.asNode());
    g.add(d, DCTerms.dateSubmitted.asNode(), date(day));
    String party = PARTIES[Math.abs(family.hashCode()) % PARTIES.length];
    Node member = uri(KG.ID + "lid/" + party + "/" + family.toLowerCase().replace(' ', '-'));
    g.add(d, KG.askedBy.asNode(), member);
    g.add(member, RDF.type.asNode(), KG.Member.asNode());
    g.add(member, FOAF.familyName.asNode(), NodeFactory.createLiteralString(family));
    g.add(member, ORG.memberOf.asNode(), uri(KG.ID + "partij/" + party));
    if (zaak != null) {
      g.add(d, KG.zaak.asNode(), uri(KG.ID + zaak));
      g.add(
          uri(KG.ID + zaak),
          DCTerms.identifier.asNode(),
          NodeFactory.createLiteralString("2024Z0000" + zaak.charAt(zaak.length() - 1)));
    }
    for (int q : questions) {
      Node b = uri(iri + "/vraag/" + q);
      g.add(d, KG.hasQuestion.asNode(), b);
      g.add(b, KG.number.asNode(), NodeFactory.createLiteralByValue(q, XSDDatatype.XSDinteger));
      if (answers.contains(q)) {
        g.add(b, KG.hasAnswer.asNode(), uri(iri + "/antwoord/" + q));
      }
    }
    for (int a : answers) {
      Node b = uri(iri + "/antwoord/" + a);
      g.add(b, RDF.type.asNode(), KG.Answer.asNode());
      g.add(b, KG.number.asNode(), NodeFactory.createLiteralByValue(a, XSDDatatype.XSDinteger));
    }
    return g;
  }

  /**
   * TK persons: one Jansen (vvd or sp by period), two Bakkers (so neither is linked), one Visser.
   */
  private static void tkGraph(DatasetGraph store) {
    store.add(
        Quad.create(
            uri(ReferenceData.MINISTRIES_GRAPH),
            uri(KG.ID + "post/p3"),
            KG.hostMinistry.asNode(),
            uri(KG.ID + "ministerie/m1")));
    Graph tk = store.getGraph(uri(TkIris.GRAPH));
    seat(tk, "p1", "Jansen", partyOf("Jansen"), "2020-01-01", "2024-01-03");
    seat(tk, "p2", "Bakker", partyOf("Bakker"), "2020-01-01", null);
    seat(tk, "p3", "Bakker", partyOf("Bakker"), "2023-01-01", null);
    seat(tk, "p4", "Visser", partyOf("Visser"), null, null);
    seat(tk, "p5", "De Vries", partyOf("de Vries"), "2024-01-03", null);
  }

  private static String partyOf(String family) {
    return PARTIES[Math.abs(family.hashCode()) % PARTIES.length];
  }

  private static void seat(
      Graph tk, String person, String family, String party, String from, String to) {
    String m = TkIris.GRAPH + "/m/" + person + "/" + party + (from == null ? "" : from);
    Node p = uri(TkIris.GRAPH + "/persoon/" + person);
    Node f = uri(TkIris.GRAPH + "/fractie/" + party);
    Node i = uri(m + "/i");
    tk.add(uri(m), RDF.type.asNode(), ORG.Membership.asNode());
    tk.add(uri(m), ORG.member.asNode(), p);
    tk.add(uri(m), ORG.organization.asNode(), f);
    tk.add(uri(m), ORG.memberDuring.asNode(), i);
    tk.add(f, SKOS.exactMatch.asNode(), uri(KG.ID + "partij/" + party));
    tk.add(p, FOAF.familyName.asNode(), NodeFactory.createLiteralString(family));
    if (from != null) {
      tk.add(i, TIME.hasBeginning.asNode(), uri(m + "/b"));
      tk.add(uri(m + "/b"), TIME.inXSDDate.asNode(), date(from));
    }
    if (to != null) {
      tk.add(i, TIME.hasEnd.asNode(), uri(m + "/e"));
      tk.add(uri(m + "/e"), TIME.inXSDDate.asNode(), date(to));
    }
  }

  // --- store plumbing ------------------------------------------------------------------------

  private static void put(DatasetGraph store, String iri, Graph g) {
    Node name = uri(iri);
    store.removeGraph(name);
    g.find().forEachRemaining(t -> store.add(Quad.create(name, t)));
  }

  private static Graph skeleton(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find().filterKeep(Linking::needs).forEachRemaining(out::add);
    return out;
  }

  private static void apply(DatasetGraph store, List<LinkDelta> deltas) {
    for (LinkDelta d : deltas) {
      Node g = uri(d.graphIri());
      d.removed().find().forEachRemaining(t -> store.delete(Quad.create(g, t)));
      d.added().find().forEachRemaining(t -> store.add(Quad.create(g, t)));
    }
  }

  private static DatasetGraph copyWithoutDerived(DatasetGraph store) {
    DatasetGraph out = DatasetGraphFactory.createTxnMem();
    store
        .find()
        .forEachRemaining(
            q -> {
              if (!Linking.derivedGraphs().contains(q.getGraph().getURI())) {
                out.add(q);
              }
            });
    return out;
  }

  private static Node date(String lexical) {
    return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
