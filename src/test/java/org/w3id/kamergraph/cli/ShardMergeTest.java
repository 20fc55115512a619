package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.store.DigestRecord;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The scale-out path the README describes: shards extracted separately, their N-Quads loaded by
 * {@code link} into an empty store and linked over the whole store: the same store as one build,
 * and a later {@code build} of all inputs finds every document unchanged.
 */
class ShardMergeTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");

  @TempDir Path tmp;

  @Test
  void shardsLoadedInBulkAndLinkedEqualOneBuild() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("in/a"));
    Path b = Files.createDirectories(tmp.resolve("in/b"));
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      int i = 0;
      for (Path p : s.sorted().toList()) {
        Files.copy(p, (i++ % 2 == 0 ? a : b).resolve(p.getFileName()));
      }
    }
    assertThat(cli("extract", a.toString(), "-o", tmp.resolve("a.nq").toString())).isZero();
    assertThat(cli("extract", b.toString(), "-o", tmp.resolve("b.nq").toString())).isZero();

    Path merged = tmp.resolve("merged");
    assertThat(
            cli(
                "link",
                "--db",
                merged.toString(),
                tmp.resolve("a.nq").toString(),
                tmp.resolve("b.nq").toString()))
        .isZero();

    Path direct = tmp.resolve("direct");
    assertThat(cli("build", tmp.resolve("in").toString(), "--db", direct.toString())).isZero();
    Map<String, Graph> m = graphs(merged);
    Map<String, Graph> d = graphs(direct);
    // the build's own record of the reference graphs it wrote: bookkeeping no shard carries
    assertThat(d.remove(DigestRecord.GRAPH)).isNotNull();
    assertThat(m.keySet()).isEqualTo(d.keySet());
    d.forEach((g, graph) -> assertThat(m.get(g).isIsomorphicWith(graph)).as(g).isTrue());

    StringWriter err = new StringWriter();
    int exit =
        Main.commandLine()
            .setErr(new PrintWriter(err))
            .execute("build", tmp.resolve("in").toString(), "--db", merged.toString());
    assertThat(exit).isZero();
    assertThat(err.toString()).contains("0 added, 0 replaced, 5 unchanged, 0 removed");
  }

  @Test
  void aDamagedShardLoadsNothingAndIsNamed() throws IOException {
    Path good = tmp.resolve("good.nq");
    Files.writeString(
        good, "<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/g> .\n");
    Path bad = tmp.resolve("bad.nq");
    Files.writeString(bad, "<https://example.org/s> <https://example.org/p> \"unclosed .\n");
    Path db = tmp.resolve("db");
    StringWriter err = new StringWriter();
    int exit =
        Main.commandLine()
            .setErr(new PrintWriter(err))
            .execute("link", "--db", db.toString(), good.toString(), bad.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("bad.nq").contains("nothing was loaded");
    assertThat(graphs(db)).isEmpty();

    // and a store that already holds graphs is refused: the loader cannot replace a graph
    assertThat(cli("link", "--db", db.toString(), good.toString())).isZero();
    err = new StringWriter();
    exit =
        Main.commandLine()
            .setErr(new PrintWriter(err))
            .execute("link", "--db", db.toString(), good.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("already holds graphs");
  }

  private static int cli(String... args) {
    return Main.commandLine()
        .setErr(new PrintWriter(new StringWriter()))
        .setOut(new PrintWriter(new StringWriter()))
        .execute(args);
  }

  private static Map<String, Graph> graphs(Path db) {
    try (TdbStore store = TdbStore.open(db)) {
      DatasetGraph dsg = store.dataset();
      return Txn.calculateRead(
          dsg,
          () -> {
            Map<String, Graph> out = new TreeMap<>();
            dsg.find()
                .forEachRemaining(
                    q ->
                        out.computeIfAbsent(
                                q.getGraph().getURI(), k -> GraphFactory.createDefaultGraph())
                            .add(q.asTriple()));
            return out;
          });
    }
  }
}
