package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.rdf.KG;

/**
 * Open questions per year of submission: for each year, how many documents still have questions
 * without an answer anywhere in the graph and how many such questions, postponement notices left
 * out (they repeat questions without answering them). This is what the library query {@code
 * open-questions-per-year} reports and the workbench charts.
 *
 * <p>Whether a document's questions are open depends on other documents (a later answer in its
 * zaak), so this is not a sum over what each document's own graph says: it is a sum over the marks
 * the zaak linker keeps ({@code kg:openQuestions}, {@code kg:openSince} in the zaak graph), read as
 * they stand once that linker's pending delta is applied, and over whether each marked document is
 * a notice. An update reconsiders only the documents whose marks the delta changes and the
 * documents the build touched (a document may become a notice with the same marks).
 */
final class OpenYears {
  private static final Node ZAKEN = NodeFactoryUri.of(ZaakLinks.GRAPH);
  private static final Node COUNT = KG.openQuestions.asNode();
  private static final Node SINCE = KG.openSince.asNode();
  private static final Node TYPE = RDF.type.asNode();
  private static final Node NOTICE = KG.PostponementNotice.asNode();

  private OpenYears() {}

  /**
   * A document's mark: its open questions and the date they were submitted (either may be null).
   */
  private record Mark(Node count, Node since) {
    Mark with(Triple t, boolean add) {
      Node o = add ? t.getObject() : null;
      if (t.getPredicate().equals(COUNT)) {
        return add || t.getObject().equals(count) ? new Mark(o, since) : this;
      }
      return add || t.getObject().equals(since) ? new Mark(count, o) : this;
    }
  }

  /**
   * The totals over the whole view once {@code pending} is applied: year of submission (null where
   * the document gives no date) → {documents, questions}.
   */
  static Map<Optional<Node>, long[]> full(DatasetGraph view, Collection<LinkDelta> pending) {
    Map<Node, Mark> marks = new HashMap<>();
    for (Node p : new Node[] {COUNT, SINCE}) {
      view.find(ZAKEN, Node.ANY, p, Node.ANY)
          .forEachRemaining(q -> marks.merge(q.getSubject(), mark(q.asTriple()), OpenYears::both));
    }
    for (LinkDelta d : zaken(pending)) {
      marked(d.removed())
          .forEach(t -> marks.computeIfPresent(t.getSubject(), (s, m) -> m.with(t, false)));
      marked(d.added())
          .forEach(t -> marks.merge(t.getSubject(), mark(t), (m, x) -> m.with(t, true)));
    }
    Map<Optional<Node>, long[]> out = new HashMap<>();
    marks.forEach((doc, m) -> add(out, m, view.contains(doc, doc, TYPE, NOTICE), 1));
    return out;
  }

  /**
   * How the totals change: {@code view} holds the document graphs as they now stand and the zaak
   * graph as last written, {@code pending} the linkers' deltas about to be applied. Returns year
   * (null: no date) → {documents, questions} to add (negative to take away).
   */
  static Map<Optional<Node>, long[]> update(
      DatasetGraph view, Collection<Touched> touched, Collection<LinkDelta> pending) {
    Map<Node, Boolean> noticeBefore = new HashMap<>();
    for (Touched t : touched) {
      Node d = NodeFactoryUri.of(t.docIri());
      noticeBefore.put(d, t.before().contains(d, TYPE, NOTICE));
    }
    Set<Node> docs = new HashSet<>(noticeBefore.keySet());
    Map<Node, Graph> removed = new HashMap<>();
    Map<Node, Graph> added = new HashMap<>();
    for (LinkDelta d : zaken(pending)) {
      marked(d.removed()).forEach(t -> into(removed, t));
      marked(d.added()).forEach(t -> into(added, t));
    }
    docs.addAll(removed.keySet());
    docs.addAll(added.keySet());
    Map<Optional<Node>, long[]> out = new HashMap<>();
    for (Node d : docs) {
      Mark before = new Mark(null, null);
      for (Node p : new Node[] {COUNT, SINCE}) {
        var it = view.find(ZAKEN, d, p, Node.ANY);
        while (it.hasNext()) {
          before = before.with(it.next().asTriple(), true);
        }
      }
      Mark after = before;
      for (Triple t : removed.getOrDefault(d, Graph.emptyGraph).find().toList()) {
        after = after.with(t, false);
      }
      for (Triple t : added.getOrDefault(d, Graph.emptyGraph).find().toList()) {
        after = after.with(t, true);
      }
      boolean noticeNow = view.contains(d, d, TYPE, NOTICE);
      add(out, before, noticeBefore.getOrDefault(d, noticeNow), -1);
      add(out, after, noticeNow, 1);
    }
    return out;
  }

  private static void add(Map<Optional<Node>, long[]> out, Mark m, boolean notice, int sign) {
    if (notice || m.count() == null || !m.count().isLiteral()) {
      return;
    }
    long questions;
    try {
      questions = Long.parseLong(m.count().getLiteralLexicalForm());
    } catch (NumberFormatException e) {
      return; // not a count this build wrote
    }
    long[] v = out.computeIfAbsent(year(m.since()), k -> new long[2]);
    v[0] += sign;
    v[1] += sign * questions;
  }

  /**
   * The year a date's text starts with ({@code 2019-03-04} → 2019), as the chart shows it, or empty
   * when the document gives no date (or none that starts with a year).
   */
  private static Optional<Node> year(Node since) {
    if (since == null || !since.isLiteral()) {
      return Optional.empty();
    }
    String s = since.getLiteralLexicalForm();
    if (s.length() < 4) {
      return Optional.empty();
    }
    for (int i = 0; i < 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(
        NodeFactory.createLiteralDT(
            Integer.toString(Integer.parseInt(s.substring(0, 4))), XSDDatatype.XSDinteger));
  }

  private static Mark mark(Triple t) {
    return new Mark(null, null).with(t, true);
  }

  private static Mark both(Mark a, Mark b) {
    return new Mark(
        a.count() != null ? a.count() : b.count(), a.since() != null ? a.since() : b.since());
  }

  private static Collection<LinkDelta> zaken(Collection<LinkDelta> pending) {
    return pending.stream().filter(d -> d.graphIri().equals(ZaakLinks.GRAPH)).toList();
  }

  private static List<Triple> marked(Graph g) {
    List<Triple> out = new ArrayList<>();
    g.find(Node.ANY, COUNT, Node.ANY).forEachRemaining(out::add);
    g.find(Node.ANY, SINCE, Node.ANY).forEachRemaining(out::add);
    return out;
  }

  private static void into(Map<Node, Graph> by, Triple t) {
    by.computeIfAbsent(t.getSubject(), k -> GraphFactory.createDefaultGraph()).add(t);
  }
}
