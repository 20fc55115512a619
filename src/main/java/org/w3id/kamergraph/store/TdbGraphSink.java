package org.w3id.kamergraph.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.kamergraph.link.LinkDelta;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.rdf.GraphDigest;
import org.w3id.kamergraph.rdf.KG;

/**
 * A TDB2 store as a build's sink. A build that changes some documents is one write transaction:
 * TDB2 is copy-on-write, so every commit copies the index blocks it touched, and one commit per
 * build keeps the store small (measured: 10 commits over the same quads gave a store 1.8× larger,
 * 93 commits 8.5×). A first build into an empty store, and a build that starts over ({@link
 * #startOver}), load a new data folder instead ({@link NextGeneration}) with {@link
 * PackedBulkLoad}: data and primary indexes in one transaction, then the secondary indexes sorted
 * and packed, and the folder put in place of the live one by one rename at commit. Either way a
 * reader sees the store before the build or after it, never in between; a build that is killed
 * leaves the store as it was, and running it again does the work again.
 *
 * <p>The store's full-text index ({@link TextIndex}) follows each graph written or removed: its old
 * entries go, the new ones come with the graph's digest, and the index commits right after the
 * store, recording the store's new state. A build killed between the two commits leaves the index
 * describing the state before; the next open of the store sees the state differ and re-indexes the
 * graphs whose digests differ ({@link TextIndexRepair}).
 *
 * <p>Not thread-safe: one thread drives it, as {@link GraphSink} says.
 */
public final class TdbGraphSink implements GraphSink {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TdbGraphSink.class);

  /**
   * Up to this many graphs named one by one, their hashes are looked up in the store (about 0.1 ms
   * each) rather than in the snapshot of all of them (about 0.1 s to read and as much to write back
   * at 60,000 documents); the snapshot then no longer matches the store and the next build of
   * everything reads the store once.
   */
  static final int FEW_GRAPHS = 1_000;

  private final TdbStore store;

  /** The store's full-text index; null when the store was opened without one. */
  private final TextIndex text;

  /**
   * The derived graphs whose indexed triples a link delta changed, indexed again from the store
   * before it commits; in bulk mode, the digest of what each graph's deltas added so far.
   */
  private final Set<String> relinked = new HashSet<>();

  /** In bulk mode, the full-text indexing left for the loader's last phase. */
  private DeferredTextIndexing deferred;

  private boolean startedEmpty;

  /** Bulk mode (a first build into an empty store): the loader, and what linking reads. */
  private PackedBulkLoad loader;

  private StreamRDF stream;
  private DatasetGraph skeleton;

  /**
   * After {@link #startOver}: the data folder the bulk loader writes, put in place at commit; the
   * live store is then only read (for {@link #carryOver}).
   */
  private NextGeneration next;

  /**
   * The hash of every document graph as the build leaves the store, kept up to date by {@link #put}
   * and {@link #remove} so {@link #commit()} can write the {@link StoredHashSnapshot}; null when
   * the build did not read them all ({@code --keep-missing}).
   */
  private Map<String, String> hashes;

  /**
   * When the build read only a few graphs' hashes: what it changed, appended to the snapshot's
   * journal at commit; null otherwise.
   */
  private Journal journal;

  /**
   * The store's state a build of a few graphs started from, and the hash each graph it wrote or
   * removed will have (null: removed).
   */
  private record Journal(String from, Map<String, String> changes) {}

  public TdbGraphSink(TdbStore store) {
    this.store = store;
    this.text = store.textIndex().orElse(null);
  }

  /**
   * Starts the build's transaction. Into an empty store, the build goes through the bulk load into
   * a new data folder instead (all-or-nothing by the folder's rename), and linking reads a skeleton
   * kept here, since the folder being loaded cannot be read meanwhile.
   */
  @Override
  public Map<String, String> storedHashes() {
    if (loader != null) {
      return Map.of();
    }
    if (!dataset().isInTransaction()) {
      dataset().begin(TxnType.WRITE);
    }
    if (startBulkIfEmpty()) {
      return Map.of();
    }
    hashes = snapshotOrStore();
    return new HashMap<>(hashes);
  }

  /**
   * The stored hashes from the snapshot when it describes the store as it is, else read from the
   * store and written down as its snapshot. Called inside the build's write transaction before any
   * write: no other writer can commit in between, so the store's committed state is the one read.
   */
  private Map<String, String> snapshotOrStore() {
    Optional<Map<String, String>> snapshot = StoredHashSnapshot.read(store.location());
    if (snapshot.isPresent()) {
      if (StoredHashSnapshot.journalIsLong(store.location())) {
        save(snapshot.get()); // folded in: the journal of many small builds is read no more
      }
      return snapshot.get();
    }
    Map<String, String> read = readHashes();
    save(read);
    return read;
  }

  private Map<String, String> readHashes() {
    Map<String, String> read = new HashMap<>();
    dataset()
        .find(Node.ANY, Node.ANY, KG.contentHash.asNode(), Node.ANY)
        .forEachRemaining(
            q -> {
              // a document's graph records its own hash on the document node (= graph name)
              if (q.getGraph().equals(q.getSubject())) {
                read.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
              }
            });
    return read;
  }

  /** Reads each graph's hash through the index, instead of every stored hash. */
  @Override
  public Map<String, String> storedHashes(java.util.Collection<String> graphIris) {
    if (loader != null) {
      return Map.of();
    }
    if (!dataset().isInTransaction()) {
      dataset().begin(TxnType.WRITE);
    }
    if (startBulkIfEmpty()) {
      return Map.of();
    }
    // a few graphs cost less through the index than reading the snapshot and writing it again
    Optional<Map<String, String>> snapshot =
        graphIris.size() > FEW_GRAPHS
            ? StoredHashSnapshot.read(store.location())
            : Optional.empty();
    Map<String, String> found = new HashMap<>();
    if (snapshot.isPresent()) {
      hashes = snapshot.get();
      for (String iri : graphIris) {
        if (hashes.containsKey(iri)) {
          found.put(iri, hashes.get(iri));
        }
      }
      return found;
    }
    for (String iri : graphIris) {
      Node g = NodeFactory.createURI(iri);
      dataset()
          .find(g, g, KG.contentHash.asNode(), Node.ANY)
          .forEachRemaining(q -> found.put(iri, q.getObject().getLiteralLexicalForm()));
    }
    // the other graphs' hashes were not read: the snapshot is not written anew, but what this
    // build changes is journalled after it, so the next build of everything can still trust it
    hashes = null;
    journal =
        StoredHashSnapshot.state(store.location())
            .map(from -> new Journal(from, new HashMap<>()))
            .orElse(null);
    return found;
  }

  @Override
  public boolean startedEmpty() {
    return startedEmpty;
  }

  @Override
  public boolean startsEmpty() {
    if (loader == null) {
      if (!dataset().isInTransaction()) {
        dataset().begin(TxnType.WRITE);
      }
      startBulkIfEmpty();
    }
    return startedEmpty;
  }

  private boolean startBulkIfEmpty() {
    if (!dataset().isEmpty()) {
      return false;
    }
    startedEmpty = true;
    // into the next data folder, as a build that starts over: the packed indexes are written
    // outside a transaction, and only the folder's rename makes the new data live
    try {
      startBulk();
    } catch (RuntimeException e) {
      abort();
      throw e;
    }
    return true;
  }

  /**
   * Ends the build's write transaction on the live store (nothing was written yet) for a read one,
   * and sets up the bulk load into the store's next data folder, and what linking reads meanwhile.
   */
  private void startBulk() {
    dataset().abort();
    dataset().end();
    dataset().begin(TxnType.READ);
    next = store.startNextGeneration();
    loader = next.bulkLoad();
    loader.start();
    stream = loader.stream();
    skeleton = new Skeleton();
    hashes = new HashMap<>();
    if (text != null) {
      text.clear(); // an empty store has no entries, whatever an earlier crash left
      deferred = new DeferredTextIndexing(text, store.location());
    }
  }

  /**
   * Loads the rest of the build into a new data folder with the bulk loader, as into an empty
   * store, and puts it in place of the live one at commit ({@link NextGeneration}); the live store
   * stays readable meanwhile. The full-text index is cleared and built anew in the same way
   * (uncommitted until then, so an abort keeps the old one).
   */
  @Override
  public boolean startOver(java.util.function.Predicate<String> rewritten) {
    if (loader != null) {
      return false; // already loading an empty store
    }
    requireTransaction();
    try {
      startBulk();
      List<String> others = new java.util.ArrayList<>();
      dataset()
          .listGraphNodes()
          .forEachRemaining(
              g -> {
                String iri = g.getURI();
                // the digests are recorded anew for the reference graphs the build writes, and no
                // write outside a build is pending when a build starts over
                if (!rewritten.test(iri)
                    && !iri.equals(DigestRecord.GRAPH)
                    && !iri.equals(OutsideWrites.GRAPH)) {
                  others.add(iri);
                }
              });
      others.forEach(this::carryOver);
    } catch (RuntimeException e) {
      abort();
      throw e;
    }
    return true;
  }

  @Override
  public void carryOver(String graphIri) {
    if (next == null) {
      throw new IllegalStateException(graphIri + ": carryOver() is only for a build started over");
    }
    Node g = NodeFactory.createURI(graphIri);
    if (!dataset().containsGraph(g)) {
      return;
    }
    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    dataset().getGraph(g).find().forEachRemaining(copy::add);
    put(graphIri, copy);
  }

  @Override
  public boolean holds(String graphIri, Graph graph) {
    if (loader != null) {
      return false; // the store was empty
    }
    requireTransaction();
    Node g = NodeFactory.createURI(graphIri);
    return dataset().containsGraph(g) && SameGraph.same(dataset().getGraph(g), graph);
  }

  /**
   * Kept inside the store's directory, beside TDB2's own files, so it goes where the store goes.
   */
  @Override
  public Optional<Path> fingerprintCache() {
    return Optional.of(store.location().resolve("kamergraph-fingerprints.tsv"));
  }

  @Override
  public void put(String graphIri, Graph graph) {
    track(graphIri, graph);
    index(graphIri, graph);
    if (loader != null) {
      Node g = NodeFactory.createURI(graphIri);
      boolean whole = Linking.referenceGraphs().contains(graphIri);
      skeleton.removeGraph(g);
      graph
          .find()
          .forEachRemaining(
              t -> {
                stream.quad(Quad.create(g, t));
                if (whole || Linking.needs(t)) {
                  skeleton.add(Quad.create(g, t));
                }
              });
      return;
    }
    requireTransaction();
    Node g = NodeFactory.createURI(graphIri);
    dataset().removeGraph(g);
    graph
        .find()
        .forEachRemaining(t -> dataset().add(g, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Override
  public void remove(String graphIri) {
    if (loader != null) {
      throw new IllegalStateException(graphIri + ": nothing to remove from an empty store");
    }
    requireTransaction();
    dataset().removeGraph(NodeFactory.createURI(graphIri));
    if (hashes != null) {
      hashes.remove(graphIri);
    }
    if (journal != null) {
      journal.changes().put(graphIri, null);
    }
    if (text != null) {
      text.remove(graphIri);
    }
  }

  /** Replaces the graph's entries in the full-text index (in bulk mode, adds to them). */
  private void index(String graphIri, Graph graph) {
    if (text == null) {
      return;
    }
    if (loader != null) {
      // a graph put twice in one bulk load is loaded as the union of both
      deferred.add(graphIri, graph.find());
      return;
    }
    TextDigest digest = new TextDigest();
    text.remove(graphIri);
    text.add(graphIri, graph.find(), digest);
    text.recordDigest(graphIri, digest);
  }

  /** Keeps the full-text index up to date with a link delta. */
  private void index(LinkDelta delta) {
    if (text == null) {
      return;
    }
    if (loader != null) {
      deferred.add(delta.graphIri(), delta.added().find());
      return;
    }
    for (Graph part : List.of(delta.removed(), delta.added())) {
      if (part.find().filterKeep(t -> TextFields.field(t).isPresent()).hasNext()) {
        relinked.add(delta.graphIri());
      }
    }
  }

  /**
   * Keeps {@link #hashes} (or the {@link #journal}) as the store will hold them once {@code graph}
   * is in.
   */
  private void track(String graphIri, Graph graph) {
    if (hashes == null && journal == null) {
      return;
    }
    Node g = NodeFactory.createURI(graphIri);
    // a document graph records its own hash on the document node; other graphs have none
    String hash = null;
    var found = graph.find(g, KG.contentHash.asNode(), Node.ANY);
    while (found.hasNext()) {
      hash = found.next().getObject().getLiteralLexicalForm();
    }
    if (hashes == null) {
      journal.changes().put(graphIri, hash);
    } else if (hash == null) {
      hashes.remove(graphIri);
    } else {
      hashes.put(graphIri, hash);
    }
  }

  /** Writes the snapshot of what the build committed, or appends what it changed to its journal. */
  private void saveSnapshot() {
    if (hashes != null) {
      save(hashes);
    } else if (journal != null) {
      Optional<String> to = StoredHashSnapshot.state(store.location());
      try {
        if (to.isPresent()) {
          StoredHashSnapshot.append(store.location(), journal.from(), to.get(), journal.changes());
        }
      } catch (java.io.IOException e) {
        LOG.warn(
            "{}: cannot note the changed hashes ({}); the next build reads them from the store",
            store.location(),
            e.getMessage());
      }
    }
    hashes = null;
    journal = null;
  }

  /**
   * Writes {@code committed} as the snapshot of the store's present state; a failure only costs the
   * next build the time of reading the store (a snapshot of another state is never trusted).
   */
  private void save(Map<String, String> committed) {
    try {
      StoredHashSnapshot.write(store.location(), committed);
    } catch (java.io.IOException e) {
      LOG.warn(
          "{}: cannot save the stored hashes ({}); the next build reads them from the store",
          store.location(),
          e.getMessage());
    }
  }

  @Override
  public void apply(LinkDelta delta) {
    index(delta);
    if (loader != null) {
      Node g = NodeFactory.createURI(delta.graphIri());
      if (!delta.removed().isEmpty()) {
        throw new IllegalStateException(
            delta.graphIri() + ": nothing to remove from an empty store");
      }
      delta
          .added()
          .find()
          .forEachRemaining(
              t -> {
                stream.quad(Quad.create(g, t));
                skeleton.add(Quad.create(g, t));
              });
      return;
    }
    requireTransaction();
    Node g = NodeFactory.createURI(delta.graphIri());
    delta
        .removed()
        .find()
        .forEachRemaining(
            t -> dataset().delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
    delta
        .added()
        .find()
        .forEachRemaining(t -> dataset().add(g, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Override
  public DatasetGraph linkView() {
    if (loader != null) {
      return skeleton;
    }
    requireTransaction();
    return dataset();
  }

  @Override
  public Optional<String> recordedDigest(String graphIri) {
    if (loader != null) {
      return Optional.empty(); // the store was empty
    }
    requireTransaction();
    return DigestRecord.read(dataset(), graphIri);
  }

  @Override
  public boolean recordDigest(String graphIri, String digest) {
    if (loader != null) {
      stream.quad(DigestRecord.quad(graphIri, digest));
      return true;
    }
    requireTransaction();
    DigestRecord.write(dataset(), graphIri, digest);
    return true;
  }

  @Override
  public java.util.Set<String> writtenOutsideBuilds() {
    return loader != null ? java.util.Set.of() : OutsideWrites.read(dataset());
  }

  @Override
  public boolean intact(String graphIri) {
    requireTransaction();
    Node g = NodeFactory.createURI(graphIri);
    GraphDigest digest = new GraphDigest();
    String[] stated = {null};
    dataset()
        .find(g, Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              if (q.getSubject().equals(g) && q.getPredicate().equals(KG.graphDigest.asNode())) {
                stated[0] = q.getObject().getLiteralLexicalForm();
              }
              digest.add(q.asTriple());
            });
    return digest.value().equals(stated[0]);
  }

  @Override
  public void forgetOutsideWrites() {
    if (loader == null) {
      requireTransaction();
      OutsideWrites.clear(dataset());
    }
  }

  @Override
  public void commit() {
    if (loader != null) {
      PackedBulkLoad l = loader;
      loader = null;
      // what linking read is of no more use: the loader's last phase runs with the heap it frees
      skeleton = null;
      stream = null;
      try {
        if (deferred != null) {
          deferred.start(); // indexes the text while the loader builds its other indexes
        }
        long start = System.nanoTime();
        l.finish();
        LOG.debug("bulk loader's index phase: {} ms", (System.nanoTime() - start) / 1_000_000);
        if (deferred != null) {
          start = System.nanoTime();
          deferred.finish();
          deferred = null;
          LOG.debug(
              "full-text indexing waited for: {} ms more", (System.nanoTime() - start) / 1_000_000);
        }
      } catch (RuntimeException e) {
        discardDeferred();
        throw e;
      }
      if (next != null) {
        // the live store was only read: its transaction ends before its folder is replaced; a
        // crash before the index commits below leaves it describing the old folder, and the next
        // open sees the state differ and indexes the graphs again
        dataset().end();
        store.switchTo(next);
        next = null;
      }
      commitIndex();
      saveSnapshot();
      return;
    }
    if (dataset().isInTransaction()) {
      if (text != null) {
        for (String g : relinked) {
          long start = System.nanoTime();
          TextIndexRepair.reindex(dataset(), text, g);
          LOG.debug("{}: indexed again in {} ms", g, (System.nanoTime() - start) / 1_000_000);
        }
        relinked.clear();
      }
      dataset().commit();
      dataset().end();
      commitIndex();
      saveSnapshot();
    }
  }

  /** Commits the full-text index as describing the store's newly committed state. */
  private void commitIndex() {
    if (text != null) {
      long start = System.nanoTime();
      text.commit(StoredHashSnapshot.state(store.location()));
      LOG.debug("full-text index committed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
  }

  @Override
  public void abort() {
    hashes = null;
    journal = null;
    relinked.clear();
    discardDeferred();
    if (loader != null) {
      PackedBulkLoad l = loader;
      loader = null;
      l.abort(); // the folder is discarded below either way
    }
    if (next != null) {
      next.discard(); // the live store was only read, and stays as it was
      next = null;
    }
    if (dataset().isInTransaction()) {
      dataset().abort();
      dataset().end();
    }
  }

  /** Abandons a deferred indexing, if there is one, and what the index was given. */
  private void discardDeferred() {
    if (deferred != null) {
      deferred.close();
      deferred = null;
    }
    if (text != null) {
      text.rollback();
    }
  }

  @Override
  public String location() {
    return store.location().toString();
  }

  /** Ends an unfinished build without writing it; the store stays open (its owner closes it). */
  @Override
  public void close() {
    abort();
  }

  /** The live store; after {@link #startOver}, the new one once it is in place. */
  private DatasetGraph dataset() {
    return store.dataset();
  }

  private void requireTransaction() {
    if (!dataset().isInTransaction()) {
      throw new IllegalStateException(
          "call storedHashes() first: it starts the build's transaction");
    }
  }
}
