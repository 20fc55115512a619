package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packed secondary index holds exactly the records TDB2's own inserts put in it, in order. */
class PackedIndexBuilderTest {
  @TempDir Path tmp;

  @Test
  void manyRecordsSortOnTwoThreadsInTheOrderOfOneAtATime() {
    int width = 4;
    int n = PackedIndexBuilder.PARALLEL_RECORDS * 3 + 17;
    Random random = new Random(11);
    long[] records = new long[n * width];
    for (int i = 0; i < records.length; i++) {
      records[i] = random.nextInt(60); // small values: many equal columns and whole records
    }
    int[] perm = PackedIndexBuilder.permutation("GSPO", "POSG");
    long[] sorted = PackedIndexBuilder.reorder(records, perm, new long[records.length]);

    List<long[]> expected = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      long[] row = new long[width];
      for (int c = 0; c < width; c++) {
        row[c] = records[r * width + perm[c]];
      }
      expected.add(row);
    }
    expected.sort(java.util.Arrays::compare);
    long[] flat = new long[records.length];
    for (int r = 0; r < n; r++) {
      System.arraycopy(expected.get(r), 0, flat, r * width, width);
    }
    assertThat(sorted).isEqualTo(flat);
  }

  @Test
  void everySecondaryQuadIndexPackedFromThePrimaryEqualsTheStoresOwn() {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("db").toString());
    Random random = new Random(7);
    dsg.executeWrite(
        () -> {
          for (int i = 0; i < 20_000; i++) {
            Node g = NodeFactory.createURI("urn:g" + random.nextInt(300));
            Node s = NodeFactory.createURI("urn:s" + random.nextInt(2_000));
            Node p = NodeFactory.createURI("urn:p" + random.nextInt(40));
            Node o =
                random.nextBoolean()
                    ? NodeFactory.createURI("urn:o" + random.nextInt(5_000))
                    : NodeFactory.createLiteralString("text " + random.nextInt(5_000));
            dsg.add(g, s, p, o);
          }
        });
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
    dsg.begin(TxnType.READ);
    try {
      TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
      BPlusTree primary = tree(indexes[0]);
      assertThat(indexes[0].getName()).isEqualTo("GSPO");
      long[] records = PackedIndexBuilder.read(primary, 4, primary.size());
      assertThat(records.length / 4).isEqualTo(primary.size()).isGreaterThan(15_000);
      // a bound above the count (rows written twice) gives the same records, trimmed; one below
      // it is an error, never a silent cut
      assertThat(PackedIndexBuilder.read(primary, 4, primary.size() + 7)).isEqualTo(records);
      assertThatThrownBy(() -> PackedIndexBuilder.read(primary, 4, primary.size() - 1))
          .isInstanceOf(IllegalStateException.class);
      for (int k = 1; k < indexes.length; k++) {
        String name = indexes[k].getName();
        long[] sorted =
            PackedIndexBuilder.reorder(
                records, PackedIndexBuilder.permutation("GSPO", name), new long[records.length]);
        Path dir = tmp.resolve("packed-" + name);
        dir.toFile().mkdirs();
        BPlusTree packed =
            PackedIndexBuilder.pack(
                sorted,
                4,
                primary.getParams(),
                primary.getRecordFactory(),
                tdb.getStoreParams().getBlockSize(),
                Location.create(dir.toString()),
                name);
        assertThat(keys(packed.iterator())).as(name).isEqualTo(keys(tree(indexes[k]).iterator()));
      }
    } finally {
      dsg.end();
    }
  }

  @Test
  void aStoreWithItsSecondaryIndexesReplacedByPackedOnesAnswersAndWrites() throws Exception {
    Path db = tmp.resolve("swap");
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
    Random random = new Random(11);
    List<org.apache.jena.sparql.core.Quad> written = new ArrayList<>();
    dsg.executeWrite(
        () -> {
          for (int i = 0; i < 5_000; i++) {
            var q =
                org.apache.jena.sparql.core.Quad.create(
                    NodeFactory.createURI("urn:g" + random.nextInt(50)),
                    NodeFactory.createURI("urn:s" + random.nextInt(500)),
                    NodeFactory.createURI("urn:p" + random.nextInt(20)),
                    NodeFactory.createLiteralString("o" + random.nextInt(2_000)));
            dsg.add(q);
            written.add(q);
          }
        });
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
    Path data =
        java.nio.file.Files.list(db)
            .filter(p -> p.getFileName().toString().startsWith("Data-"))
            .findFirst()
            .orElseThrow();
    Path packedDir = tmp.resolve("swap-packed");
    java.nio.file.Files.createDirectories(packedDir);
    List<String> names = new ArrayList<>();
    dsg.begin(TxnType.READ);
    try {
      TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
      BPlusTree primary = tree(indexes[0]);
      long[] records = PackedIndexBuilder.read(primary, 4, primary.size());
      for (int k = 1; k < indexes.length; k++) {
        String name = indexes[k].getName();
        names.add(name);
        PackedIndexBuilder.pack(
            PackedIndexBuilder.reorder(
                records, PackedIndexBuilder.permutation("GSPO", name), new long[records.length]),
            4,
            primary.getParams(),
            primary.getRecordFactory(),
            tdb.getStoreParams().getBlockSize(),
            Location.create(packedDir.toString()),
            name);
      }
    } finally {
      dsg.end();
    }
    TDBInternal.expel(dsg);
    for (String name : names) {
      for (String ext : List.of("bpt", "dat", "idn")) {
        java.nio.file.Files.copy(
            packedDir.resolve(name + "." + ext),
            data.resolve(name + "." + ext),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(db.toString());
    Node p3 = NodeFactory.createURI("urn:p3");
    long viaPredicate =
        written.stream().filter(q -> q.getPredicate().equals(p3)).distinct().count();
    reopened.executeRead(
        () -> {
          // POSG answers a pattern on the predicate, GOSP/OSPG one on the object
          assertThat(
                  org.apache.jena.atlas.iterator.Iter.count(
                      reopened.find(Node.ANY, Node.ANY, p3, Node.ANY)))
              .isEqualTo(viaPredicate);
          for (var q : written.subList(0, 200)) {
            assertThat(reopened.contains(Node.ANY, Node.ANY, Node.ANY, q.getObject())).isTrue();
            assertThat(reopened.contains(q.getGraph(), Node.ANY, q.getPredicate(), q.getObject()))
                .isTrue();
          }
        });
    var extra =
        org.apache.jena.sparql.core.Quad.create(
            NodeFactory.createURI("urn:g-new"),
            NodeFactory.createURI("urn:s-new"),
            p3,
            NodeFactory.createLiteralString("new"));
    reopened.executeWrite(() -> reopened.add(extra));
    TDBInternal.expel(reopened);
    DatasetGraph again = DatabaseMgr.connectDatasetGraph(db.toString());
    again.executeRead(
        () ->
            assertThat(
                    org.apache.jena.atlas.iterator.Iter.count(
                        again.find(Node.ANY, Node.ANY, p3, Node.ANY)))
                .isEqualTo(viaPredicate + 1));
  }

  private static BPlusTree tree(TupleIndex index) {
    return (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
  }

  private static List<String> keys(Iterator<Record> it) {
    List<String> out = new ArrayList<>();
    while (it.hasNext()) {
      out.add(java.util.HexFormat.of().formatHex(it.next().getKey()));
    }
    return out;
  }
}
