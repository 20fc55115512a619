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

  private static final Mark NONE = new Mark(null, null);

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
   * The totals over the whole view once {@code pending} is applied: year of submission (empty where
   * the document gives no date) → {documents, questions}.
   */
  static Map<Optional<Node>, long[]> full(DatasetGraph view, Collection<LinkDelta> pending) {
    Map<Node, Mark> stored = new HashMap<>();
    for (Node p : new Node[] {COUNT, SINCE}) {
      view.find(ZAKEN, Node.ANY, p, Node.ANY)
          .forEachRemaining(
              q -> stored.merge(q.getSubject(), NONE.with(q.asTriple(), true), OpenYears::both));
    }
    Changes changes = Changes.of(pending);
    Set<Node> docs = new HashSet<>(stored.keySet());
    docs.addAll(changes.documents());
    Map<Optional<Node>, long[]> out = new HashMap<>();
    for (Node d : docs) {
      Mark now = changes.apply(d, stored.getOrDefault(d, NONE));
      add(out, now, view.contains(d, d, TYPE, NOTICE), 1);
    }
    return out;
  }

  /**
   * How the totals change: {@code view} holds the document graphs as they now stand and the zaak
   * graph as last written, {@code pending} the linkers' deltas about to be applied. Returns year
   * (empty: no date) → {documents, questions} to add (negative to take away).
   */
  static Map<Optional<Node>, long[]> update(
      DatasetGraph view, Collection<Touched> touched, Collection<LinkDelta> pending) {
    Map<Node, Boolean> noticeBefore = new HashMap<>();
    for (Touched t : touched) {
      Node d = NodeFactoryUri.of(t.docIri());
      noticeBefore.put(d, t.before().contains(d, TYPE, NOTICE));
    }
    Changes changes = Changes.of(pending);
    Set<Node> docs = new HashSet<>(noticeBefore.keySet());
    docs.addAll(changes.documents());
    Map<Optional<Node>, long[]> out = new HashMap<>();
    for (Node d : docs) {
      Mark before = NONE;
      for (Node p : new Node[] {COUNT, SINCE}) {
        var it = view.find(ZAKEN, d, p, Node.ANY);
        while (it.hasNext()) {
          before = before.with(it.next().asTriple(), true);
        }
      }
      boolean noticeNow = view.contains(d, d, TYPE, NOTICE);
      add(out, before, noticeBefore.getOrDefault(d, noticeNow), -1);
      add(out, changes.apply(d, before), noticeNow, 1);
    }
    return out;
  }

  /** The zaak linker's pending changes to the marks, by document: removals, then additions. */
  private record Changes(Map<Node, List<Triple>> removed, Map<Node, List<Triple>> added) {
    static Changes of(Collection<LinkDelta> pending) {
      Changes c = new Changes(new HashMap<>(), new HashMap<>());
      for (LinkDelta d : pending) {
        if (d.graphIri().equals(ZaakLinks.GRAPH)) {
          marks(d.removed(), c.removed);
          marks(d.added(), c.added);
        }
      }
      return c;
    }

    private static void marks(Graph g, Map<Node, List<Triple>> by) {
      for (Node p : new Node[] {COUNT, SINCE}) {
        g.find(Node.ANY, p, Node.ANY)
            .forEachRemaining(
                t -> by.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
      }
    }

    Set<Node> documents() {
      Set<Node> out = new HashSet<>(removed.keySet());
      out.addAll(added.keySet());
      return out;
    }

    /** The document's mark once the changes are applied to {@code stored}. */
    Mark apply(Node doc, Mark stored) {
      Mark m = stored;
      for (Triple t : removed.getOrDefault(doc, List.of())) {
        m = m.with(t, false);
      }
      for (Triple t : added.getOrDefault(doc, List.of())) {
        m = m.with(t, true);
      }
      return m;
    }
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

  private static Mark both(Mark a, Mark b) {
    return new Mark(
        a.count() != null ? a.count() : b.count(), a.since() != null ? a.since() : b.since());
  }
}
