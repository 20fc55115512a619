package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;

/**
 * Reads {@link DocFacts} from quads: one index scan per predicate, whatever the number of graphs,
 * so a full read is linear in the triples linking needs. A graph counts as a document when it holds
 * {@code <g> a kg:Document} about itself; other graphs (reference, derived) are ignored. Where a
 * document says a thing twice, the smallest value is kept, so the result does not depend on the
 * order a store returns quads in.
 */
final class FactsReader {
  private FactsReader() {}

  /** The facts of every document graph {@code quads} holds, by document IRI, in IRI order. */
  static Map<String, DocFacts> read(Quads quads) {
    Map<Node, Acc> docs = new HashMap<>();
    each(
        quads,
        RDF.type.asNode(),
        KG.Document.asNode(),
        q -> {
          if (own(q)) {
            docs.put(q.getGraph(), new Acc());
          }
        });
    if (docs.isEmpty()) {
      return Map.of();
    }
    eachOwn(quads, docs, KG.zaak.asNode(), (a, q) -> uri(q.getObject(), a.zaken::add));
    eachIn(
        quads,
        docs,
        DCTerms.identifier.asNode(),
        (a, q) -> {
          if (q.getObject().isLiteral() && a.zaken.contains(q.getSubject())) {
            a.nummers.merge(q.getSubject(), lexical(q.getObject()), FactsReader::min);
          }
        });
    eachOwn(
        quads,
        docs,
        DCTerms.dateSubmitted.asNode(),
        (a, q) -> {
          if (q.getObject().isLiteral()
              && (a.submitted == null
                  || lexical(q.getObject()).compareTo(lexical(a.submitted)) < 0)) {
            a.submitted = q.getObject();
          }
        });
    eachOwn(
        quads,
        docs,
        KG.dateAnswered.asNode(),
        (a, q) -> {
          if (q.getObject().isLiteral()) {
            a.answeredDates.add(lexical(q.getObject()));
          }
        });
    eachOwn(
        quads,
        docs,
        KG.askedBy.asNode(),
        (a, q) -> uri(q.getObject(), n -> a.askers.add(n.getURI())));
    eachOwn(quads, docs, KG.hasQuestion.asNode(), (a, q) -> a.questionBlocks.add(q.getObject()));
    eachIn(quads, docs, KG.hasAnswer.asNode(), (a, q) -> a.answeredBlocks.add(q.getSubject()));
    eachIn(
        quads,
        docs,
        RDF.type.asNode(),
        KG.Answer.asNode(),
        (a, q) -> a.answerBlocks.add(q.getSubject()));
    eachIn(
        quads,
        docs,
        KG.number.asNode(),
        (a, q) -> {
          Integer n = integer(q.getObject());
          if (n != null && q.getSubject().isURI()) {
            a.numbers.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(n);
          }
        });
    eachIn(
        quads,
        docs,
        RDF.type.asNode(),
        KG.Member.asNode(),
        (a, q) -> {
          if (q.getSubject().isURI()) {
            a.members.add(q.getSubject());
          }
        });
    eachMember(
        quads,
        docs,
        FOAF.familyName.asNode(),
        (a, q) -> {
          if (q.getObject().isLiteral()) {
            a.family.merge(q.getSubject(), lexical(q.getObject()), FactsReader::min);
          }
        });
    eachMember(
        quads,
        docs,
        FOAF.givenName.asNode(),
        (a, q) -> {
          if (q.getObject().isLiteral()) {
            a.given.merge(q.getSubject(), lexical(q.getObject()), FactsReader::min);
          }
        });
    eachMember(
        quads,
        docs,
        ORG.memberOf.asNode(),
        (a, q) -> {
          if (q.getObject().isURI()) {
            a.parties
                .computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>())
                .add(q.getObject().getURI());
          }
        });
    eachIn(
        quads,
        docs,
        ORG.holds.asNode(),
        (a, q) -> {
          if (q.getSubject().isURI() && q.getObject().isURI()) {
            a.posts
                .computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>())
                .add(q.getObject().getURI());
          }
        });
    Map<String, DocFacts> out = new TreeMap<>();
    docs.forEach((g, a) -> out.put(g.getURI(), a.facts(g.getURI())));
    return out;
  }

  /** The facts of one document graph of a store, or null if it holds no document. */
  static DocFacts one(org.apache.jena.sparql.core.DatasetGraph view, String iri) {
    return read(Quads.graph(view, NodeFactoryUri.of(iri))).get(iri);
  }

  /** The document IRIs whose own graph holds {@code <doc> predicate object}. */
  static Set<String> documentsWith(
      org.apache.jena.sparql.core.DatasetGraph view, Node predicate, Node object) {
    Set<String> out = new TreeSet<>();
    view.find(Node.ANY, Node.ANY, predicate, object)
        .forEachRemaining(
            q -> {
              if (own(q)) {
                out.add(q.getGraph().getURI());
              }
            });
    return out;
  }

  private static final class Acc {
    final Set<Node> zaken = new HashSet<>();
    final Map<Node, String> nummers = new HashMap<>();
    Node submitted;
    final Set<String> answeredDates = new TreeSet<>();
    final Set<String> askers = new TreeSet<>();
    final List<Node> questionBlocks = new ArrayList<>();
    final Set<Node> answeredBlocks = new HashSet<>();
    final List<Node> answerBlocks = new ArrayList<>();
    final Map<Node, TreeSet<Integer>> numbers = new HashMap<>();
    final Set<Node> members = new HashSet<>();
    final Map<Node, String> family = new HashMap<>();
    final Map<Node, String> given = new HashMap<>();
    final Map<String, java.util.SortedSet<String>> parties = new TreeMap<>();
    final Map<String, java.util.SortedSet<String>> posts = new TreeMap<>();

    DocFacts facts(String iri) {
      String zaak = null;
      for (Node z : zaken) {
        if (nummers.containsKey(z) && (zaak == null || z.getURI().compareTo(zaak) < 0)) {
          zaak = z.getURI();
        }
      }
      TreeSet<String> dates = new TreeSet<>();
      if (submitted != null) {
        dates.add(lexical(submitted));
      } else {
        dates.addAll(answeredDates);
      }
      Map<String, DocFacts.MemberName> named = new TreeMap<>();
      for (Node m : members) {
        if (family.containsKey(m) && parties.containsKey(m.getURI())) {
          named.put(m.getURI(), new DocFacts.MemberName(family.get(m), given.get(m)));
        }
      }
      return new DocFacts(
          iri,
          zaak,
          zaak == null ? null : nummers.get(NodeFactoryUri.of(zaak)),
          submitted,
          Collections.unmodifiableSortedSet(dates),
          Collections.unmodifiableSortedSet(new TreeSet<>(askers)),
          blocks(questionBlocks, true),
          blocks(answerBlocks, false),
          Collections.unmodifiableMap(named),
          Collections.unmodifiableMap(parties),
          Collections.unmodifiableMap(posts));
    }

    private List<DocFacts.Block> blocks(List<Node> nodes, boolean questions) {
      List<DocFacts.Block> out = new ArrayList<>();
      for (Node b :
          new TreeSet<>(nodes.stream().filter(Node::isURI).map(Node::getURI).toList())
              .stream().map(NodeFactoryUri::of).toList()) {
        for (int n : numbers.getOrDefault(b, new TreeSet<>())) {
          out.add(new DocFacts.Block(b.getURI(), n, questions && answeredBlocks.contains(b)));
        }
      }
      return List.copyOf(out);
    }
  }

  /** A quad about the graph's own name: the document speaking of itself. */
  private static boolean own(Quad q) {
    return q.getGraph().equals(q.getSubject());
  }

  private static void each(Quads quads, Node p, Node o, Consumer<Quad> c) {
    quads.find(p, o).forEachRemaining(c);
  }

  private static void eachIn(
      Quads quads, Map<Node, Acc> docs, Node p, java.util.function.BiConsumer<Acc, Quad> c) {
    eachIn(quads, docs, p, Node.ANY, c);
  }

  private static void eachIn(
      Quads quads,
      Map<Node, Acc> docs,
      Node p,
      Node o,
      java.util.function.BiConsumer<Acc, Quad> c) {
    quads
        .find(p, o)
        .forEachRemaining(
            q -> {
              Acc a = docs.get(q.getGraph());
              if (a != null) {
                c.accept(a, q);
              }
            });
  }

  private static void eachOwn(
      Quads quads, Map<Node, Acc> docs, Node p, java.util.function.BiConsumer<Acc, Quad> c) {
    eachIn(
        quads,
        docs,
        p,
        (a, q) -> {
          if (own(q)) {
            c.accept(a, q);
          }
        });
  }

  private static void eachMember(
      Quads quads, Map<Node, Acc> docs, Node p, java.util.function.BiConsumer<Acc, Quad> c) {
    eachIn(
        quads,
        docs,
        p,
        (a, q) -> {
          if (a.members.contains(q.getSubject())) {
            c.accept(a, q);
          }
        });
  }

  private static void uri(Node n, Consumer<Node> c) {
    if (n.isURI()) {
      c.accept(n);
    }
  }

  static String lexical(Node n) {
    return n.getLiteralLexicalForm();
  }

  private static Integer integer(Node n) {
    if (!n.isLiteral()) {
      return null;
    }
    try {
      return Integer.valueOf(n.getLiteralLexicalForm().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
