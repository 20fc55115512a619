package org.w3id.kamergraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.kamergraph.link.LinkDelta;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * A TDB2 store holding one named graph per document plus the reference and derived graphs. A build
 * writes it through {@link TdbGraphSink}, in one write transaction (or, when it rewrites most of
 * the store, into the next data folder, put in place whole: {@link NextGeneration}); the methods
 * here each run in a transaction of their own.
 *
 * <p>The union of all graphs is the default graph for queries, as analysts' queries expect.
 * Thread-safe as TDB2 is (one writer at a time, many readers).
 */
public final class TdbStore implements AutoCloseable {
  private final Path location;

  /** Replaced when a build puts a new data folder in place ({@link #switchTo}). */
  private volatile DatasetGraph dataset;

  /** The full-text index; null when the store was opened without it. */
  private final TextIndex text;

  private TdbStore(Path location, DatasetGraph dataset, TextIndex text) {
    this.location = location;
    this.dataset = dataset;
    this.text = text;
  }

  /**
   * A file that {@link #bulkLoad} of kamergraph before 7 December 2026 left in the store's
   * directory while Jena's sequential loader filled the empty store; a store found with it was
   * being loaded when that process died, so it is emptied. Loads now go into a new data folder that
   * becomes live by one rename ({@link NextGeneration}) and need no mark.
   */
  static final String BULK_MARKER = "kamergraph-first-load-unfinished";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TdbStore.class);

  /**
   * Whether {@code dir} holds a TDB2 store: a folder with at least one of TDB2's {@code Data-NNNN}
   * generations (an empty or unrelated folder is not one, whatever its name).
   */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(
          p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * Opens (creating if needed) the store in {@code dir} with its full-text index, as {@link
   * #open(Path, boolean)} does.
   */
  public static TdbStore open(Path dir) {
    return open(dir, true);
  }

  /**
   * Opens (creating if needed) the store in {@code dir}. A store whose loading of shards ({@link
   * #bulkLoad}, into the empty store) was interrupted is emptied first, with a warning: what the
   * load left is not a state any build wrote.
   *
   * <p>With {@code textIndex}, the full-text index in the store's folder {@value TextIndex#FOLDER}
   * is opened too (created if needed), brought in line with the store when it describes another
   * state of it ({@link TextIndexRepair}; an index that is missing is so built from the store), and
   * installed so {@code text:query} works on {@link #dataset()}. Without it, the index is left as
   * it is and not kept up to date; the next open with it repairs it.
   */
  public static TdbStore open(Path dir, boolean textIndex) {
    DatasetGraph dsg = connect(dir);
    TextIndex text = null;
    try {
      if (textIndex) {
        text = TextIndex.open(dir);
        text.install(dsg.getContext());
      }
      TdbStore store = new TdbStore(dir, dsg, text);
      store.syncTextIndex();
      return store;
    } catch (RuntimeException e) {
      if (text != null) {
        text.close();
      }
      TDBInternal.expel(dsg);
      throw e;
    }
  }

  private static DatasetGraph connect(Path dir) {
    try {
      Files.createDirectories(dir);
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
      if (Files.exists(dir.resolve(BULK_MARKER))) {
        // connecting took TDB2's lock, so the process that was loading is gone
        LOG.warn(
            "{}: loading shards into this empty store was interrupted; emptying it (run link with the shards again)",
            dir);
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg, true);
        wipe(dir);
        dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
      }
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      return dsg;
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

  /**
   * Brings the full-text index in line with the store, unless its last commit recorded the store's
   * present state; nothing without an index. Reads every indexed literal of the store when it runs:
   * after a store built before the index existed, a build that was killed between the store's
   * commit and the index's, a write through the server, a compaction of a store whose index was
   * behind.
   */
  void syncTextIndex() {
    if (text == null) {
      return;
    }
    Optional<String> state = StoredHashSnapshot.state(location);
    if (state.isPresent() && state.equals(text.recordedState())) {
      return;
    }
    long start = System.nanoTime();
    TextIndexRepair.Outcome o =
        Txn.calculateRead(dataset, () -> TextIndexRepair.repair(dataset, text));
    text.commit(state);
    if (o.changed()) {
      LOG.info(
          "{}: full-text index brought up to date: {} graphs indexed, {} removed ({} ms)",
          location,
          o.reindexed(),
          o.removed(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** The full-text index, when the store was opened with one. */
  Optional<TextIndex> textIndex() {
    return Optional.ofNullable(text);
  }

  /** The bytes the full-text index takes on disk; 0 when the store was opened without it. */
  public long textIndexBytes() {
    return text == null ? 0 : text.sizeOnDisk();
  }

  /**
   * After a write outside a build: re-indexes the graphs it changed, recording the store's new
   * state only when the index described the state before the write (else the next open repairs).
   */
  private void indexWritten(Optional<String> before, java.util.Collection<String> graphs) {
    if (text == null || graphs.isEmpty()) {
      return;
    }
    boolean current = before.isPresent() && before.equals(text.recordedState());
    Txn.executeRead(dataset, () -> graphs.forEach(g -> TextIndexRepair.reindex(dataset, text, g)));
    text.commit(current ? StoredHashSnapshot.state(location) : Optional.empty());
  }

  /** Deletes everything in the store's directory, the marker last. */
  private static void wipe(Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir) && !p.getFileName().toString().equals(BULK_MARKER)) {
          Files.delete(p);
        }
      }
    }
    Files.deleteIfExists(dir.resolve(BULK_MARKER));
  }

  private void syncDirectory() {
    if (!Folders.sync(location)) {
      // not every file system lets a directory be synced; the file itself was written with SYNC
      LOG.debug("{}: directory not synced", location);
    }
  }

  public DatasetGraph dataset() {
    return dataset;
  }

  public Path location() {
    return location;
  }

  /** Puts the reference graphs in the store where they differ from what is stored. */
  public int replaceReference(Map<String, Graph> graphs) {
    Optional<String> before = StoredHashSnapshot.state(location);
    List<String> changed =
        Txn.calculateWrite(
            dataset,
            () -> {
              List<String> written = new java.util.ArrayList<>();
              for (var e : graphs.entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                if (dataset.containsGraph(g) && SameGraph.same(dataset.getGraph(g), e.getValue())) {
                  continue;
                }
                dataset.removeGraph(g);
                dataset.addGraph(g, e.getValue());
                written.add(e.getKey());
              }
              return written;
            });
    indexWritten(before, changed);
    return changed.size();
  }

  /**
   * Replaces a whole named graph in one write transaction, unless the stored one is the same graph.
   * An empty graph removes the stored one.
   *
   * @return whether the store changed
   */
  public boolean replaceGraph(String graphIri, Graph graph) {
    Node g = NodeFactory.createURI(graphIri);
    Optional<String> before = StoredHashSnapshot.state(location);
    boolean changed =
        Txn.calculateWrite(
            dataset,
            () -> {
              boolean stored = dataset.containsGraph(g) && !dataset.getGraph(g).isEmpty();
              if (stored ? SameGraph.same(dataset.getGraph(g), graph) : graph.isEmpty()) {
                return false;
              }
              dataset.removeGraph(g);
              dataset.addGraph(g, graph);
              return true;
            });
    if (changed) {
      indexWritten(before, List.of(graphIri));
    }
    return changed;
  }

  /**
   * Recomputes every derived graph (zaak and member links) from the store, in one write
   * transaction; after a change to the reference graphs they read (a TK open data import).
   *
   * @return the number of triples each derived graph now holds, by graph IRI
   */
  public Map<String, Long> relink() {
    Optional<String> before = StoredHashSnapshot.state(location);
    Map<String, Long> sizes = relinkInStore();
    indexWritten(before, Linking.derivedGraphs());
    return sizes;
  }

  private Map<String, Long> relinkInStore() {
    return Txn.calculateWrite(
        dataset,
        () -> {
          for (LinkDelta d : new Linking().full(dataset)) {
            Node g = NodeFactory.createURI(d.graphIri());
            d.removed().find().forEachRemaining(t -> dataset.delete(Quad.create(g, t)));
            d.added().find().forEachRemaining(t -> dataset.add(Quad.create(g, t)));
          }
          Map<String, Long> sizes = new java.util.TreeMap<>();
          for (String g : Linking.derivedGraphs()) {
            sizes.put(g, (long) dataset.getGraph(NodeFactory.createURI(g)).size());
          }
          return sizes;
        });
  }

  /**
   * Loads RDF files (N-Quads, TriG, any quad or triple syntax Jena reads) into an empty store: all
   * files or none. For merging shards that were extracted elsewhere; {@link #relink()} afterwards.
   *
   * <p>The quads go the way a first build's do ({@link PackedBulkLoad}): into the store's next data
   * folder, primary indexes while parsing, the secondary indexes sorted and packed after, and the
   * folder put in place by one rename. A load that fails, or a process killed during it, leaves the
   * store as it was (empty).
   *
   * @return the number of quads read (a quad in two shards counts twice; the store holds it once)
   * @throws KamergraphException naming the file (and line) that could not be read, or when the
   *     store already holds graphs (the load adds, it cannot replace: a graph loaded twice would
   *     mix)
   */
  public long bulkLoad(List<Path> files) {
    boolean empty = Txn.calculateRead(dataset, () -> dataset.isEmpty());
    if (!empty) {
      throw new KamergraphException(
          location
              + " already holds graphs: load shards into an empty store (or bring an existing"
              + " store up to date with build)");
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new KamergraphException(f + ": no such file; nothing was loaded");
      }
    }
    NextGeneration next = startNextGeneration();
    PackedBulkLoad loader = next.bulkLoad();
    Path current = null;
    try {
      loader.start();
      org.apache.jena.riot.system.StreamRDF stream = loader.stream();
      for (Path f : files) {
        current = f;
        org.apache.jena.riot.RDFParser.source(f).parse(stream);
      }
      current = null;
      loader.finish();
    } catch (RuntimeException e) {
      loader.abort();
      next.discard();
      // a file that cannot be parsed, or the indexes that cannot be written (a full disk)
      String what =
          current != null ? current + ": cannot be loaded" : location + ": cannot be written";
      throw new KamergraphException(what + " (" + e.getMessage() + "); nothing was loaded", e);
    }
    switchTo(next);
    syncTextIndex(); // the index was empty: it is built from what was loaded
    return loader.rows();
  }

  /**
   * Shrinks the store: TDB2 is copy-on-write and grows with every write transaction. Compaction
   * moves the store to a new data folder, which changes its recorded state but not its graphs: a
   * full-text index that described the store before describes it after, and records so.
   */
  public void compact() {
    Optional<String> before = StoredHashSnapshot.state(location);
    boolean current = text != null && before.isPresent() && before.equals(text.recordedState());
    DatabaseMgr.compact(dataset, true);
    if (current) {
      text.commit(StoredHashSnapshot.state(location));
    }
  }

  /** Starts a new data folder beside the live one, for a build that rewrites the store. */
  NextGeneration startNextGeneration() {
    return NextGeneration.start(location);
  }

  /**
   * Puts the finished new data folder in place of the live one: the store is reopened on it and the
   * old folder deleted. Call with no transaction open on {@link #dataset()}; the dataset returned
   * from then on is the new one (the full-text index stays installed on it).
   */
  void switchTo(NextGeneration next) {
    next.promote();
    syncDirectory();
    TDBInternal.expel(dataset);
    DatasetGraph reopened = connect(location);
    if (text != null) {
      text.install(reopened.getContext());
    }
    dataset = reopened;
    try {
      Folders.delete(next.live());
    } catch (java.io.IOException e) {
      LOG.warn(
          "{}: the replaced data folder could not be deleted ({}); delete it to free the space",
          next.live(),
          e.getMessage());
    }
  }

  /**
   * Closes the store and releases its directory: Jena keeps one connection per directory per
   * process, and a connection kept after close would go on serving a state another process has
   * since changed.
   */
  @Override
  public void close() {
    try {
      if (text != null) {
        text.close(); // what was not committed is discarded
      }
    } finally {
      TDBInternal.expel(dataset);
    }
  }
}
