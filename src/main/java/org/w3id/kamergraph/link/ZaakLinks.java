package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

/**
 * Joins questions to their answers across documents. Written questions are published on their own
 * ({@code kv-tk-…}, which names its zaak) and answered weeks later in the Aanhangsel ({@code
 * ah-tk-…}, which rarely does). A document that names no zaak belongs to the zaak of the documents
 * that name one, give the same submission date and share an asker, when exactly one zaak fits (two
 * fit: nothing is said). The links go into a graph of their own ({@link #GRAPH}): each such
 * document's zaak ({@code kg:zaak}, with the zaak's type and identifier), and for each question
 * without an answer in its own document the answer with its number in another document of the zaak
 * ({@code kg:answeredIn}; the smallest IRI when several have it); every numbered question with no
 * answer at all is marked {@code a kg:OpenQuestion}, and its document says how many it has ({@code
 * kg:openQuestions}) and when it was submitted ({@code kg:openSince}: its {@code
 * dcterms:dateSubmitted}, the smallest if it gives several). Deterministic.
 */
final class ZaakLinks {
  /** The named graph holding the derived links. */
  static final String GRAPH = KG.ID + "graph/zaken";

  private static final Node ZAAK = KG.zaak.asNode();
  private static final Node ANSWERED_IN = KG.answeredIn.asNode();
  private static final Node OPEN = KG.OpenQuestion.asNode();
  private static final Node OPEN_COUNT = KG.openQuestions.asNode();
  private static final Node OPEN_SINCE = KG.openSince.asNode();

  /** The links over all documents, as a delta against the graph as stored. */
  LinkDelta full(DatasetGraph view, Map<String, DocFacts> docs) {
    Map<String, List<DocFacts>> bySubmission = new HashMap<>();
    for (DocFacts d : docs.values()) {
      if (d.zaak() != null && d.submitted() != null) {
        bySubmission.computeIfAbsent(d.submittedLexical(), k -> new ArrayList<>()).add(d);
      }
    }
    Map<String, List<DocFacts>> byZaak = new TreeMap<>();
    Map<String, String> nummers = new HashMap<>();
    Graph wanted = GraphFactory.createDefaultGraph();
    for (DocFacts d : docs.values()) {
      if (d.zaak() != null) {
        byZaak.computeIfAbsent(d.zaak(), k -> new ArrayList<>()).add(d);
        nummers.putIfAbsent(d.zaak(), d.nummer()); // docs in IRI order: the first one's
      }
    }
    Set<String> linkedZaken = new TreeSet<>();
    for (DocFacts d : docs.values()) {
      String z = derived(d, bySubmission.getOrDefault(d.submittedLexical(), List.of()));
      if (z != null) {
        wanted.add(Triple.create(uri(d.iri()), ZAAK, uri(z)));
        byZaak.get(z).add(d);
        linkedZaken.add(z);
      }
    }
    for (String z : linkedZaken) {
      zaakNode(z, nummers.get(z), wanted);
    }
    for (List<DocFacts> members : byZaak.values()) {
      answeredIn(members, members, wanted);
    }
    for (DocFacts d : docs.values()) {
      markOpen(d, wanted);
    }
    return Deltas.between(GRAPH, view.getGraph(uri(GRAPH)), wanted);
  }

  /**
   * The links of the documents {@code touched} changed and of those they touch: the documents
   * submitted on the same day (their zaak may change), and the documents of every zaak whose
   * members or answers changed.
   */
  LinkDelta update(StoreFacts store, Collection<Touched> touched, Map<String, DocFacts> before) {
    Graph current = store.view().getGraph(uri(GRAPH));
    // 1. the documents whose derived zaak may change: the touched ones and every document
    // submitted on a day a touched one was (before or after)
    Set<Node> days = new HashSet<>();
    Set<String> ownZaken = new TreeSet<>();
    for (Touched t : touched) {
      for (DocFacts f : states(store, before, t.docIri())) {
        if (f.submitted() != null) {
          days.add(f.submitted());
        }
        if (f.zaak() != null) {
          ownZaken.add(f.zaak());
        }
      }
    }
    Map<String, List<DocFacts>> bySubmission = new HashMap<>();
    Set<String> affected = new TreeSet<>();
    for (Touched t : touched) {
      affected.add(t.docIri());
    }
    for (Node day : days) {
      for (String iri : store.submittedOn(day)) {
        affected.add(iri);
        store
            .doc(iri)
            .filter(f -> f.zaak() != null)
            .ifPresent(
                f ->
                    bySubmission
                        .computeIfAbsent(f.submittedLexical(), k -> new ArrayList<>())
                        .add(f));
      }
    }
    Map<String, String> oldDerived = new HashMap<>();
    Map<String, String> newDerived = new HashMap<>();
    Graph want = GraphFactory.createDefaultGraph();
    Graph have = GraphFactory.createDefaultGraph();
    for (String d : affected) {
      current
          .find(uri(d), ZAAK, Node.ANY)
          .forEachRemaining(
              t -> {
                have.add(t);
                oldDerived.put(d, t.getObject().getURI());
              });
      Optional<DocFacts> f = store.doc(d);
      String z =
          f.map(x -> derived(x, bySubmission.getOrDefault(x.submittedLexical(), List.of())))
              .orElse(null);
      if (z != null) {
        newDerived.put(d, z);
        want.add(Triple.create(uri(d), ZAAK, uri(z)));
      }
    }
    // 2. the zaken whose members may change, and their type and identifier in this graph
    Set<String> zaken = new TreeSet<>(ownZaken);
    zaken.addAll(oldDerived.values());
    zaken.addAll(newDerived.values());
    Map<String, List<DocFacts>> members = new HashMap<>();
    for (String z : zaken) {
      List<DocFacts> owners = owners(store, z);
      List<DocFacts> linked = linked(store, current, z, affected, newDerived);
      current.find(uri(z), RDF.type.asNode(), Node.ANY).forEachRemaining(have::add);
      current.find(uri(z), DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(have::add);
      if (!linked.isEmpty() && !owners.isEmpty()) {
        zaakNode(z, owners.get(0).nummer(), want);
      }
      List<DocFacts> all = new ArrayList<>(owners);
      all.addAll(linked);
      members.put(z, all);
    }
    // 3. the questions of every document of those zaken, and of every affected document
    Set<String> docs = new TreeSet<>(affected);
    members.values().forEach(l -> l.forEach(f -> docs.add(f.iri())));
    for (String d : docs) {
      Set<String> blocks = new TreeSet<>();
      for (DocFacts f : states(store, before, d)) {
        f.questions().forEach(b -> blocks.add(b.iri()));
      }
      for (String b : blocks) {
        current.find(uri(b), ANSWERED_IN, Node.ANY).forEachRemaining(have::add);
        current.find(uri(b), RDF.type.asNode(), OPEN).forEachRemaining(have::add);
      }
      current.find(uri(d), OPEN_COUNT, Node.ANY).forEachRemaining(have::add);
      current.find(uri(d), OPEN_SINCE, Node.ANY).forEachRemaining(have::add);
      Optional<DocFacts> f = store.doc(d);
      if (f.isEmpty()) {
        continue;
      }
      String z =
          f.get().zaak() != null
              ? f.get().zaak()
              : affected.contains(d) ? newDerived.get(d) : derivedNow(current, d);
      if (z != null) {
        List<DocFacts> of =
            members.computeIfAbsent(
                z,
                k -> {
                  List<DocFacts> all = new ArrayList<>(owners(store, k));
                  all.addAll(linked(store, current, k, affected, newDerived));
                  return all;
                });
        answeredIn(of, List.of(f.get()), want);
      }
      markOpen(f.get(), want);
    }
    return Deltas.between(GRAPH, have, want);
  }

  /** The zaak a document without one of its own belongs to, or null when none or several fit. */
  private static String derived(DocFacts d, List<DocFacts> sameDay) {
    if (d.zaak() != null || d.submitted() == null) {
      return null;
    }
    Set<String> fits = new TreeSet<>();
    for (DocFacts o : sameDay) {
      if (o.zaak() != null
          && Objects.equals(o.submittedLexical(), d.submittedLexical())
          && !Collections.disjoint(o.askers(), d.askers())) {
        fits.add(o.zaak());
      }
    }
    return fits.size() == 1 ? fits.iterator().next() : null; // two fit: say nothing, not guess
  }

  /**
   * For each question of {@code docs} not answered in its own document, the answer with its number
   * in another document of the zaak whose documents are {@code zaak}.
   */
  private static void answeredIn(List<DocFacts> zaak, List<DocFacts> docs, Graph out) {
    Map<Integer, String> answers = new HashMap<>();
    for (DocFacts f : zaak) {
      for (DocFacts.Block a : f.answers()) {
        answers.merge(a.number(), a.iri(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    for (DocFacts f : docs) {
      for (DocFacts.Block q : f.questions()) {
        String a = q.answered() ? null : answers.get(q.number());
        if (a != null && !a.startsWith(f.iri() + "/")) {
          out.add(Triple.create(uri(q.iri()), ANSWERED_IN, uri(a)));
        }
      }
    }
  }

  /**
   * Marks the document's questions that have no answer, neither in the document itself nor in
   * another document of its zaak ({@code kg:answeredIn}, already in {@code links}): {@code a
   * kg:OpenQuestion}, so listing what is unanswered is an index lookup, not a search of the corpus.
   */
  private static void markOpen(DocFacts f, Graph links) {
    Set<Node> open = new HashSet<>();
    for (DocFacts.Block q : f.questions()) {
      Node b = uri(q.iri());
      if (!q.answered() && !links.contains(b, ANSWERED_IN, Node.ANY)) {
        links.add(Triple.create(b, RDF.type.asNode(), OPEN));
        open.add(b);
      }
    }
    if (!open.isEmpty()) { // so a listing of documents with open questions starts here
      links.add(
          Triple.create(
              uri(f.iri()),
              OPEN_COUNT,
              NodeFactory.createLiteralDT(Integer.toString(open.size()), XSDDatatype.XSDinteger)));
      // the document's own date repeated next to the mark: a listing oldest first sorts within
      // this graph instead of visiting every marked document's graph (7,000 at 60,000 documents)
      if (f.submitted() != null) {
        links.add(Triple.create(uri(f.iri()), OPEN_SINCE, f.submitted()));
      }
    }
  }

  private static void zaakNode(String zaak, String nummer, Graph out) {
    out.add(Triple.create(uri(zaak), RDF.type.asNode(), KG.Zaak.asNode()));
    if (nummer != null) {
      out.add(
          Triple.create(
              uri(zaak), DCTerms.identifier.asNode(), NodeFactory.createLiteralString(nummer)));
    }
  }

  /** The documents naming {@code zaak} themselves, in IRI order. */
  private static List<DocFacts> owners(StoreFacts store, String zaak) {
    List<DocFacts> out = new ArrayList<>();
    for (String iri : store.naming(zaak)) {
      store.doc(iri).filter(f -> zaak.equals(f.zaak())).ifPresent(out::add);
    }
    return out;
  }

  /** The documents linked to {@code zaak} by this graph once the update is applied. */
  private static List<DocFacts> linked(
      StoreFacts store,
      Graph current,
      String zaak,
      Set<String> affected,
      Map<String, String> newDerived) {
    Set<String> iris = new TreeSet<>();
    current
        .find(Node.ANY, ZAAK, uri(zaak))
        .forEachRemaining(
            t -> {
              if (!affected.contains(t.getSubject().getURI())) {
                iris.add(t.getSubject().getURI());
              }
            });
    newDerived.forEach(
        (d, z) -> {
          if (z.equals(zaak)) {
            iris.add(d);
          }
        });
    List<DocFacts> out = new ArrayList<>();
    for (String iri : iris) {
      store.doc(iri).ifPresent(out::add);
    }
    return out;
  }

  private static String derivedNow(Graph current, String doc) {
    var it = current.find(uri(doc), ZAAK, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject().getURI() : null;
    } finally {
      it.close();
    }
  }

  /** A document before the change (if it existed) and now (if it still exists). */
  private static List<DocFacts> states(StoreFacts store, Map<String, DocFacts> before, String iri) {
    List<DocFacts> out = new ArrayList<>(2);
    DocFacts b = before.get(iri);
    if (b != null) {
      out.add(b);
    }
    store.doc(iri).ifPresent(out::add);
    return out;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
