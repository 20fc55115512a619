package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.Test;

/**
 * A read-only server counts its store for the description on a thread of its own; at 60,000
 * documents that takes minutes. Closing the server must end the count (and its read transaction): a
 * store closed under it failed with "Can't expel: Active transactions".
 */
class DescriptionCountStopTest {
  /** A store whose graphs never end: its count would run for ever unless stopped. */
  private static DatasetGraph endless() {
    return new DatasetGraphWrapper(DatasetGraphFactory.createTxnMem()) {
      @Override
      public Iterator<Node> listGraphNodes() {
        return new Iterator<>() {
          long n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Node next() {
            try {
              Thread.sleep(1);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return NodeFactory.createURI("https://example.org/g/" + n++);
          }
        };
      }
    };
  }

  @Test
  void closingTheServerEndsTheCount() throws Exception {
    DatasetGraph store = endless();
    KamergraphServer server = KamergraphServer.builder(store).port(0).start();
    Thread.sleep(300); // the count is under way
    assertThat(counting()).as("the count runs while the server does").isTrue();
    long t0 = System.nanoTime();
    server.close();
    assertThat(counting()).as("the count ended with the server").isFalse();
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
    assertThat(store.isInTransaction()).isFalse();
  }

  private static boolean counting() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("kamergraph-description") && t.isAlive());
  }
}
