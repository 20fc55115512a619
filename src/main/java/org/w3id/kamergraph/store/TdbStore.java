package org.w3id.kamergraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.rdf.KG;

/**
 * A TDB2 store holding one named graph per document plus the reference graphs. Every change to a
 * graph happens in one write transaction, so a failure leaves the previous graph intact and readers
 * never see half a document. A document whose content hash is already stored is skipped: an
 * identical rebuild writes nothing.
 *
 * <p>The union of all graphs is the default graph for queries, as analysts' queries expect.
 * Thread-safe as TDB2 is (one writer at a time, many readers).
 */
public final class TdbStore implements AutoCloseable {
  private final Path location;
  private final DatasetGraph dataset;

  private TdbStore(Path location, DatasetGraph dataset) {
    this.location = location;
    this.dataset = dataset;
  }

  /** Opens (creating if needed) the store in {@code dir}. */
  public static TdbStore open(Path dir) {
    try {
      Files.createDirectories(dir);
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      return new TdbStore(dir, dsg);
    } catch (Exception e) {
      throw new KamergraphException(
          "cannot open the TDB2 store in "
              + dir
              + ": "
              + e.getMessage()
              + " (is another kamergraph process using it? each store can be open in one process only)",
          e);
    }
  }

  /** What {@link #replace} did. */
  public enum Outcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  public DatasetGraph dataset() {
    return dataset;
  }

  public Path location() {
    return location;
  }

  /**
   * Puts a document's graph in the store, replacing the one there, in one transaction — unless the
   * stored graph records the same content hash.
   */
  public Outcome replace(String graphIri, Graph graph, String contentHash) {
    Node g = NodeFactory.createURI(graphIri);
    return Txn.calculateWrite(
        dataset,
        () -> {
          Optional<String> stored = storedHash(g);
          if (stored.isPresent() && stored.get().equals(contentHash)) {
            return Outcome.UNCHANGED;
          }
          boolean existed = dataset.containsGraph(g);
          dataset.removeGraph(g);
          dataset.addGraph(g, graph);
          return existed ? Outcome.REPLACED : Outcome.ADDED;
        });
  }

  /** Whether the stored graph already has this content hash (a read transaction). */
  public boolean isCurrent(String graphIri, String contentHash) {
    Node g = NodeFactory.createURI(graphIri);
    return Txn.calculateRead(dataset, () -> storedHash(g).map(contentHash::equals).orElse(false));
  }

  /** Puts the reference graphs in the store where they differ from what is stored. */
  public int replaceReference(Map<String, Graph> graphs) {
    return Txn.calculateWrite(
        dataset,
        () -> {
          int changed = 0;
          for (var e : graphs.entrySet()) {
            Node g = NodeFactory.createURI(e.getKey());
            if (dataset.containsGraph(g) && dataset.getGraph(g).isIsomorphicWith(e.getValue())) {
              continue;
            }
            dataset.removeGraph(g);
            dataset.addGraph(g, e.getValue());
            changed++;
          }
          return changed;
        });
  }

  /**
   * Replaces a whole named graph in one write transaction, unless the stored one is isomorphic. An
   * empty graph removes the stored one.
   *
   * @return whether the store changed
   */
  public boolean replaceGraph(String graphIri, Graph graph) {
    Node g = NodeFactory.createURI(graphIri);
    return Txn.calculateWrite(
        dataset,
        () -> {
          boolean stored = dataset.containsGraph(g) && !dataset.getGraph(g).isEmpty();
          if (stored ? dataset.getGraph(g).isIsomorphicWith(graph) : graph.isEmpty()) {
            return false;
          }
          dataset.removeGraph(g);
          dataset.addGraph(g, graph);
          return true;
        });
  }

  /** Shrinks the store: TDB2 is copy-on-write and grows with every write transaction. */
  public void compact() {
    DatabaseMgr.compact(dataset, true);
  }

  private Optional<String> storedHash(Node g) {
    var it = dataset.find(g, Node.ANY, KG.contentHash.asNode(), Node.ANY);
    return it.hasNext()
        ? Optional.of(it.next().getObject().getLiteralLexicalForm())
        : Optional.empty();
  }

  @Override
  public void close() {
    dataset.close();
  }
}
