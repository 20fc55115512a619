package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The skeleton answers every find as a general in-memory dataset holding the same quads does. */
class SkeletonTest {
  @Test
  void findsWhatAGeneralDatasetFinds() {
    SplittableRandom r = new SplittableRandom(3);
    DatasetGraph want = DatasetGraphFactory.create();
    Skeleton got = new Skeleton();
    for (int i = 0; i < 5000; i++) {
      if (i % 250 == 0) {
        // finds between changes: the lists by predicate must follow every change
        sameFinds(want, got);
      }
      // graph 0 grows large (a reference graph), the others stay small
      Quad q =
          Quad.create(
              n("g" + (r.nextInt(3) == 0 ? 0 : r.nextInt(40))),
              n("s" + r.nextInt(30)),
              n("p" + r.nextInt(4)),
              r.nextBoolean()
                  ? n("o" + r.nextInt(30))
                  : NodeFactory.createLiteralString("" + r.nextInt(9)));
      if (r.nextInt(10) == 0) {
        want.delete(q);
        got.delete(q);
      } else if (r.nextInt(200) == 0) {
        want.removeGraph(q.getGraph());
        got.removeGraph(q.getGraph());
      } else {
        want.add(q);
        got.add(q);
      }
    }
    sameFinds(want, got);
    assertThat(got.getGraph(n("g0")).size()).isEqualTo(want.getGraph(n("g0")).size());
    assertThat(got.getGraph(n("g0")).size()).isGreaterThan(64);
  }

  @Test
  void aFindByPredicateKeepsTheOrderOfAScan() {
    Skeleton got = new Skeleton();
    for (int i = 0; i < 300; i++) {
      got.add(Quad.create(n("g" + (i % 7)), n("s" + i), n("p" + (i % 3)), n("o" + i)));
    }
    List<Quad> scan = new ArrayList<>();
    got.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              if (q.getPredicate().equals(n("p1"))) {
                scan.add(q);
              }
            });
    List<Quad> byPredicate = new ArrayList<>();
    got.find(Node.ANY, Node.ANY, n("p1"), Node.ANY).forEachRemaining(byPredicate::add);
    assertThat(byPredicate).hasSize(100).containsExactlyElementsOf(scan);
  }

  @Test
  void aFindByPredicateFollowsEachKindOfChange() {
    Skeleton got = new Skeleton();
    Quad a = Quad.create(n("g1"), n("s1"), n("p"), n("o1"));
    Quad b = Quad.create(n("g2"), n("s2"), n("p"), n("o2"));
    Quad c = Quad.create(n("g3"), n("s3"), n("p"), n("o3"));
    got.add(a);
    got.add(b);
    got.add(Quad.create(n("g2"), n("s2"), n("q"), n("o4"))); // g2 outlives the delete below
    assertThat(byP(got)).containsExactly(a, b);
    got.add(c);
    assertThat(byP(got)).containsExactly(a, b, c);
    got.delete(b);
    assertThat(byP(got)).containsExactly(a, c);
    got.removeGraph(n("g1"));
    assertThat(byP(got)).containsExactly(c);
  }

  private static List<Quad> byP(Skeleton s) {
    List<Quad> out = new ArrayList<>();
    s.find(Node.ANY, Node.ANY, n("p"), Node.ANY).forEachRemaining(out::add);
    return out;
  }

  private static void sameFinds(DatasetGraph want, Skeleton got) {
    List<Node[]> patterns = new ArrayList<>();
    patterns.add(new Node[] {Node.ANY, Node.ANY, Node.ANY, Node.ANY});
    patterns.add(new Node[] {n("g0"), Node.ANY, Node.ANY, Node.ANY});
    patterns.add(new Node[] {n("g7"), n("s3"), Node.ANY, Node.ANY});
    patterns.add(new Node[] {Node.ANY, Node.ANY, n("p1"), n("o4")});
    patterns.add(new Node[] {Node.ANY, Node.ANY, n("p2"), Node.ANY});
    patterns.add(new Node[] {n("g0"), Node.ANY, n("p3"), NodeFactory.createLiteralString("5")});
    patterns.add(new Node[] {Node.ANY, n("s5"), n("p0"), Node.ANY});
    patterns.add(new Node[] {Node.ANY, Node.ANY, n("p9"), Node.ANY});
    for (Node[] p : patterns) {
      List<Quad> a = new ArrayList<>();
      want.find(p[0], p[1], p[2], p[3]).forEachRemaining(a::add);
      List<Quad> b = new ArrayList<>();
      got.find(p[0], p[1], p[2], p[3]).forEachRemaining(b::add);
      assertThat(b).as("find %s", List.of(p)).containsExactlyInAnyOrderElementsOf(a);
    }
  }

  private static Node n(String local) {
    return NodeFactory.createURI("https://example.org/" + local);
  }
}
