package org.w3id.kamergraph.store;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.base.file.FileSet;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;

/**
 * Builds a TDB2 secondary index by sorting the primary index's records into the secondary's order
 * and packing the B+tree bottom-up with Jena's {@link BPlusTreeRewriter}, as Jena's {@code
 * tdb2.xloader} does, instead of inserting the records one by one in the primary's order (random
 * order for the secondary). Measured by hand on a 60,000-document store: 13 s for one index of 11.4
 * million records against about 17 s by inserts, and a file of 369 MB against 646 MB.
 *
 * <p>The records are held as longs, {@code width} per record (one per NodeId, big-endian as in the
 * index's keys), so an index of n records costs 8 × width × n bytes of heap (365 MB for 11.4
 * million quads) and its permuted copy as much again.
 */
final class PackedIndexBuilder {
  private PackedIndexBuilder() {}

  /**
   * Every record of {@code index} (keys only) as longs, {@code width} per record, in its order,
   * read in one pass. {@code atMost} bounds the number of records (the rows written into it, say:
   * TDB2 keeps no count, and {@link BPlusTree#size()} would read the whole index once more); the
   * array is trimmed when there are fewer.
   */
  static long[] read(BPlusTree index, int width, long atMost) {
    if (atMost * width > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(index + ": too many records to sort in memory: " + atMost);
    }
    long[] out = new long[(int) atMost * width];
    Iterator<Record> it = index.iterator();
    int at = 0;
    while (it.hasNext()) {
      if (at == out.length) {
        throw new IllegalStateException(index + ": more than the " + atMost + " records expected");
      }
      ByteBuffer key = ByteBuffer.wrap(it.next().getKey());
      for (int c = 0; c < width; c++) {
        out[at++] = key.getLong();
      }
    }
    // fewer only when a row was written twice: the copy is then the exception, not the rule
    return at == out.length ? out : java.util.Arrays.copyOf(out, at);
  }

  /**
   * The column order that turns records of index {@code from} into records of index {@code to}
   * (names such as {@code GSPO} and {@code POSG}: the same letters in another order).
   */
  static int[] permutation(String from, String to) {
    if (from.length() != to.length()) {
      throw new IllegalArgumentException(from + " and " + to + " differ in width");
    }
    int[] p = new int[to.length()];
    for (int j = 0; j < to.length(); j++) {
      p[j] = from.indexOf(to.charAt(j));
      if (p[j] < 0) {
        throw new IllegalArgumentException(to + " has a column " + from + " has not");
      }
    }
    return p;
  }

  /**
   * {@code records} with their columns in the order {@code perm} gives, sorted, into {@code out}
   * (as long as {@code records}, so that one buffer serves every index of a table).
   */
  static long[] reorder(long[] records, int[] perm, long[] out) {
    int width = perm.length;
    if (out.length != records.length) {
      throw new IllegalArgumentException(
          "the buffer holds " + out.length + ", not " + records.length);
    }
    for (int r = 0; r < records.length; r += width) {
      for (int c = 0; c < width; c++) {
        out[r + c] = records[r + perm[c]];
      }
    }
    int n = out.length / width;
    if (n < PARALLEL_RECORDS) {
      sort(out, width, 0, n - 1);
    } else {
      // the two sides of each split sort as tasks of their own, on every core: the secondary
      // indexes are built after extraction, when the build's other work is one thread (the
      // full-text indexing) at most
      java.util.concurrent.ForkJoinPool pool =
          new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
      try {
        pool.invoke(new ParallelSort(out, width, 0, n - 1));
      } finally {
        pool.shutdown();
      }
    }
    return out;
  }

  /** Below this many records a sort (or a side of one) stays on one thread. */
  static final int PARALLEL_RECORDS = 1 << 16;

  /** Sorts records lo..hi: splits as {@link #sort} does, the two sides as tasks of their own. */
  private static final class ParallelSort extends java.util.concurrent.RecursiveAction {
    private final long[] a;
    private final int width;
    private final int lo;
    private final int hi;

    ParallelSort(long[] a, int width, int lo, int hi) {
      this.a = a;
      this.width = width;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    protected void compute() {
      if (hi - lo < PARALLEL_RECORDS) {
        sort(a, width, lo, hi);
        return;
      }
      int i = partition(a, width, lo, hi);
      invokeAll(new ParallelSort(a, width, lo, i - 1), new ParallelSort(a, width, i + 1, hi));
    }
  }

  /**
   * Packs the sorted {@code records} into a new B+tree named {@code name} in {@code dir}, in blocks
   * of {@code blockSize} bytes (the store's, from its {@code StoreParams}; the params' own
   * calculated size is the least that fits, not what TDB2 writes). The files are synced to disk;
   * the caller closes the tree it gets back.
   */
  static BPlusTree pack(
      long[] records,
      int width,
      BPlusTreeParams params,
      RecordFactory factory,
      int blockSize,
      Location dir,
      String name) {
    FileSet files = new FileSet(dir, name);
    BlockMgr nodes = BlockMgrFactory.create(files, "idn", blockSize, 10, 10);
    BlockMgr leaves = BlockMgrFactory.create(files, "dat", blockSize, 10, 10);
    BufferChannel state = BufferChannelFile.create(files.filename("bpt"));
    Iterator<Record> sorted =
        new Iterator<>() {
          private int at = 0;
          private final ByteBuffer key = ByteBuffer.allocate(width * Long.BYTES);

          @Override
          public boolean hasNext() {
            return at < records.length;
          }

          @Override
          public Record next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            key.clear();
            for (int c = 0; c < width; c++) {
              key.putLong(records[at++]);
            }
            return factory.create(key.array().clone());
          }
        };
    BPlusTree tree =
        BPlusTreeRewriter.packIntoBPlusTree(sorted, params, factory, state, nodes, leaves);
    if (tree == null) {
      // Jena logs why (the layers above the leaves did not end in one root block)
      throw new IllegalStateException(dir + "/" + name + ": the packed B+tree has no single root");
    }
    return tree;
  }

  private static int compare(long[] a, int width, int i, int j) {
    for (int c = 0; c < width; c++) {
      int d = Long.compareUnsigned(a[i * width + c], a[j * width + c]);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  private static void swap(long[] a, int width, int i, int j) {
    for (int c = 0; c < width; c++) {
      long t = a[i * width + c];
      a[i * width + c] = a[j * width + c];
      a[j * width + c] = t;
    }
  }

  /** Sorts records lo..hi (inclusive) in place: quicksort, median of three, insertion for few. */
  private static void sort(long[] a, int width, int lo, int hi) {
    while (hi - lo > 16) {
      int i = partition(a, width, lo, hi);
      // the smaller side by recursion, the larger by the loop: the stack stays logarithmic
      if (i - lo < hi - i) {
        sort(a, width, lo, i - 1);
        lo = i + 1;
      } else {
        sort(a, width, i + 1, hi);
        hi = i - 1;
      }
    }
    for (int k = lo + 1; k <= hi; k++) {
      for (int m = k; m > lo && compare(a, width, m, m - 1) < 0; m--) {
        swap(a, width, m, m - 1);
      }
    }
  }

  /**
   * Splits records lo..hi (more than 16) around a median-of-three pivot; returns where the pivot
   * ends: the records before it are not greater, those after it not smaller.
   */
  private static int partition(long[] a, int width, int lo, int hi) {
    int mid = (lo + hi) >>> 1;
    if (compare(a, width, mid, lo) < 0) {
      swap(a, width, mid, lo);
    }
    if (compare(a, width, hi, lo) < 0) {
      swap(a, width, hi, lo);
    }
    if (compare(a, width, hi, mid) < 0) {
      swap(a, width, hi, mid);
    }
    swap(a, width, mid, hi - 1); // the pivot, out of the way
    int pivot = hi - 1;
    int i = lo;
    int j = hi - 1;
    while (true) {
      while (compare(a, width, ++i, pivot) < 0) {}
      while (j > lo && compare(a, width, --j, pivot) > 0) {}
      if (i >= j) {
        break;
      }
      swap(a, width, i, j);
    }
    swap(a, width, i, hi - 1);
    return i;
  }
}
