package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class SameGraphTest {
  private static Graph graph(String... objects) {
    Graph g = GraphFactory.createDefaultGraph();
    for (String o : objects) {
      g.add(
          NodeFactory.createURI("https://example.org/s"),
          NodeFactory.createURI("https://example.org/p"),
          o.startsWith("_:")
              ? NodeFactory.createBlankNode(o.substring(2))
              : NodeFactory.createLiteralString(o));
    }
    return g;
  }

  @Test
  void sameTriplesAreTheSameGraph() {
    assertThat(SameGraph.same(graph("a", "b"), graph("b", "a"))).isTrue();
    assertThat(SameGraph.same(graph(), graph())).isTrue();
  }

  @Test
  void oneTripleMoreLessOrOtherIsAnotherGraph() {
    assertThat(SameGraph.same(graph("a", "b"), graph("a"))).isFalse();
    assertThat(SameGraph.same(graph("a"), graph("a", "b"))).isFalse();
    assertThat(SameGraph.same(graph("a", "b"), graph("a", "c"))).isFalse();
  }

  @Test
  void blankNodesAreComparedUpToTheirLabels() {
    assertThat(SameGraph.same(graph("_:x"), graph("_:y"))).isTrue();
    assertThat(SameGraph.same(graph("_:x", "a"), graph("_:y", "b"))).isFalse();
  }
}
