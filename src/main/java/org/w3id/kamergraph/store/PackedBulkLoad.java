package org.w3id.kamergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * A bulk load into a data folder that is not live yet ({@link NextGeneration}). The quads stream
 * into the node table and the primary indexes only, in one write transaction on the calling thread
 * (as the data phase of Jena's sequential loader); {@link #finish} commits that, then builds each
 * secondary index by sorting and packing ({@link PackedIndexBuilder}) into {@code packed}, files
 * that {@link NextGeneration#promote()} moves over the empty secondary indexes once the folder is
 * closed.
 *
 * <p>The secondary index files are thus written outside a transaction. That is safe only because
 * the folder is not live: it becomes the store by one rename after everything is on disk, and a
 * build killed before that leaves the live folder as it was (the unfinished one is discarded on the
 * next open). Never use this on a live data folder.
 *
 * <p>Why not Jena's own loaders: the sequential loader inserts each secondary index record by
 * record in the primary's order (random for the secondary), one index after the other on one
 * thread; sorting and packing is faster and gives B+trees with full blocks (measured in the README,
 * Scale). Jena's {@code tdb2.xloader} packs the same way but runs as external sort processes over
 * files, not inside a build.
 *
 * <p>Heap: the records of one table as longs, twice (8 × 4 × 2 bytes per quad: 730 MB for 11.4
 * million quads), while the secondary indexes are packed. A table that would take more than the
 * heap allowed for sorting gets its secondary indexes by inserts instead, as Jena's sequential
 * loader makes them. Not thread-safe: one thread drives it.
 */
final class PackedBulkLoad {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PackedBulkLoad.class);

  private final DatasetGraphTDB target;
  private final Path packed;
  private final long heapForSorting;
  private TupleIndex[] quadSecondaries;
  private TupleIndex[] tripleSecondaries;
  private long quads;
  private long triples;

  /**
   * A load into {@code target} whose packed indexes go to {@code packed}, sorting in at most half
   * the heap (the rest is what the build and the full-text indexing beside it use).
   */
  PackedBulkLoad(DatasetGraphTDB target, Path packed) {
    this(target, packed, Runtime.getRuntime().maxMemory() / 2);
  }

  /**
   * As {@link #PackedBulkLoad(DatasetGraphTDB, Path)}, sorting in at most {@code heapForSorting}.
   */
  PackedBulkLoad(DatasetGraphTDB target, Path packed, long heapForSorting) {
    this.target = target;
    this.packed = packed;
    this.heapForSorting = heapForSorting;
  }

  /** Begins the write transaction and detaches the secondary indexes. */
  void start() {
    target.begin(TxnType.WRITE);
    quadSecondaries = detach(target.getQuadTable().getNodeTupleTable().getTupleTable());
    tripleSecondaries = detach(target.getTripleTable().getNodeTupleTable().getTupleTable());
  }

  private static TupleIndex[] detach(TupleTable table) {
    TupleIndex[] all = table.getIndexes();
    TupleIndex[] secondaries = new TupleIndex[all.length - 1];
    for (int i = 1; i < all.length; i++) {
      secondaries[i - 1] = all[i];
      table.setTupleIndex(i, null);
    }
    return secondaries;
  }

  private static void attach(TupleTable table, TupleIndex[] secondaries) {
    for (int i = 1; i <= secondaries.length; i++) {
      table.setTupleIndex(i, secondaries[i - 1]);
    }
  }

  /** Where the quads go, on the thread that called {@link #start}. */
  StreamRDF stream() {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad q) {
        if (q.isDefaultGraph() || q.isTriple()) {
          triple(q.asTriple());
          return;
        }
        target
            .getQuadTable()
            .getNodeTupleTable()
            .addRow(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        quads++;
      }

      @Override
      public void triple(Triple t) {
        target
            .getTripleTable()
            .getNodeTupleTable()
            .addRow(t.getSubject(), t.getPredicate(), t.getObject());
        triples++;
      }
    };
  }

  /**
   * Commits the data and primary indexes, then packs every secondary index into {@code packed}; the
   * caller closes the folder and moves them in ({@link NextGeneration#promote()}).
   */
  void finish() {
    TupleTable quadTable = target.getQuadTable().getNodeTupleTable().getTupleTable();
    TupleTable tripleTable = target.getTripleTable().getNodeTupleTable().getTupleTable();
    // an empty table's empty secondary indexes are right as they are
    boolean packQuads = quads > 0 && fits(quadTable, quads);
    boolean packTriples = triples > 0 && fits(tripleTable, triples);
    // a table too large to sort in this heap gets its secondary indexes the way Jena's sequential
    // loader makes them, record by record inside the transaction: slower and larger, never worse
    if (quads > 0 && !packQuads) {
      insertEach(quadTable, quadSecondaries);
    }
    if (triples > 0 && !packTriples) {
      insertEach(tripleTable, tripleSecondaries);
    }
    attach(quadTable, quadSecondaries);
    attach(tripleTable, tripleSecondaries);
    target.commit();
    target.end();
    if (!packQuads && !packTriples) {
      return;
    }
    try {
      Files.createDirectories(packed);
    } catch (IOException e) {
      throw new KamergraphException(packed + ": cannot be made: " + e.getMessage(), e);
    }
    target.begin(TxnType.READ);
    try {
      if (packQuads) {
        pack(quadTable, quads);
      }
      if (packTriples) {
        pack(tripleTable, triples);
      }
    } finally {
      target.end();
    }
  }

  /**
   * Whether the secondary indexes of {@code table}, holding at most {@code count} rows, may be
   * built by sorting in memory: its records and their reordered copy, as longs, within the heap
   * allowed.
   */
  private boolean fits(TupleTable table, long count) {
    long width = table.getTupleLen();
    return count * width <= Integer.MAX_VALUE - 8
        && 2 * Long.BYTES * width * count <= heapForSorting;
  }

  private static void insertEach(TupleTable table, TupleIndex[] secondaries) {
    TupleIndex primary = table.getIndex(0);
    LOG.info(
        "{} rows are too many to sort in this heap; indexing them one by one (slower, larger;"
            + " a larger -Xmx avoids it)",
        primary.getName());
    for (TupleIndex index : secondaries) {
      primary.all().forEachRemaining(index::add);
    }
  }

  /** Packs every secondary index of {@code table}, into which {@code rows} rows were written. */
  private void pack(TupleTable table, long rows) {
    TupleIndex[] all = table.getIndexes();
    BPlusTree primary = tree(all[0]);
    int width = all[0].getTupleLength();
    long[] records = PackedIndexBuilder.read(primary, width, rows);
    long[] buffer = new long[records.length]; // one for every index: 8 bytes × width × records
    for (int i = 1; i < all.length; i++) {
      String name = all[i].getName();
      PackedIndexBuilder.pack(
              PackedIndexBuilder.reorder(
                  records, PackedIndexBuilder.permutation(all[0].getName(), name), buffer),
              width,
              primary.getParams(),
              primary.getRecordFactory(),
              target.getStoreParams().getBlockSize(),
              Location.create(packed.toString()),
              name)
          .close(); // synced by the packing; the folder opens it again once it is live
    }
  }

  private static BPlusTree tree(TupleIndex index) {
    return (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
  }

  /** The quads and triples handed to {@link #stream()} (a row written twice counts twice). */
  long rows() {
    return quads + triples;
  }

  /**
   * Ends the transaction if one is open; the caller discards the folder. Never throws: it runs
   * after a failure, which may have left the folder's transaction unusable, and that failure is the
   * one to report.
   */
  void abort() {
    try {
      if (target.isInTransaction()) {
        target.abort();
        target.end();
      }
    } catch (RuntimeException broken) {
      LOG.debug("abandoned bulk load: its transaction could not be ended ({})", broken.toString());
    }
  }
}
