package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.link.LinkDelta;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbStore;

/**
 * {@code kill -9} during a build, over and over, at random moments: every time, the store opens,
 * every document graph in it is whole (exactly the graph of the file version whose hash it
 * records), the derived links agree with the documents, and a build run to the end completes it.
 *
 * <p>The builds run as separate processes ({@code kamergraph build}) that are killed with SIGKILL
 * ({@link Process#destroyForcibly()}). The rounds: first fresh builds into an empty store, then,
 * after a complete build, rounds that each edit a tenth of the documents and are killed during the
 * incremental build; every third of those edits three quarters of them, so the build writes the
 * store anew into its next data folder and is killed during that. {@code -Dkamergraph.kills=N} sets
 * the number of kills (default 20) and {@code -Dkamergraph.killDocs=N} the corpus size (default
 * 1,000).
 */
class KillDuringBuildTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final List<String> SOURCES =
      List.of(
          "examples",
          "src/test/resources/synthetic",
          "src/test/resources/synthetic2",
          "src/test/resources/synthetic3");

  @TempDir Path tmp;

  private final Pipeline pipeline = Pipeline.standard();
  private final Map<String, Integer> sizeByHash = new HashMap<>();

  @Test
  void killedBuildsLeaveAWholeStoreAndARerunCompletesIt() throws Exception {
    int kills = Integer.getInteger("kamergraph.kills", 20);
    int docs = Integer.getInteger("kamergraph.killDocs", 1000);
    Random random = new Random(20261203);
    Path in = corpus(docs);
    Path db = tmp.resolve("db");
    for (Path f : files(in)) {
      remember(f);
    }

    long full = timeOf(run(in, db)); // a complete build, to learn how long one takes
    check(db, in);
    deleteStore(db);

    int killed = 0;
    int freshRounds = Math.max(1, kills / 4);
    for (int round = 0; round < kills; round++) {
      if (round == freshRounds) {
        assertThat(run(in, db).waitFor()).as(log()).isZero();
        check(db, in);
      }
      if (round >= freshRounds) {
        // every third round changes most documents: the build then writes the store anew
        edit(in, random, round % 3 == 0 ? docs * 3 / 4 : docs / 10);
      } else {
        deleteStore(db);
      }
      Process p = start(in, db);
      long budget = round >= freshRounds ? full / 2 : full;
      Thread.sleep(300 + (long) (random.nextDouble() * budget));
      if (p.isAlive()) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        killed++;
      }
      check(db, in);
    }
    System.out.printf(
        "kill -9: %d of %d builds killed mid-way (%d documents, a full build %.1f s);"
            + " every store opened whole%n",
        killed, kills, docs, full / 1000.0);
    assertThat(killed).as("most builds were really killed mid-way").isGreaterThan(kills / 2);

    assertThat(run(in, db).waitFor()).as(log()).isZero();
    Map<String, String> stored = check(db, in);
    assertThat(stored).as("the rerun completed the store").hasSize(docs);
    for (Path f : files(in)) {
      assertThat(
              stored.get(pipeline.documentIri(org.w3id.kamergraph.ingest.Ingestor.documentId(f))))
          .as("%s is at its latest version; the last build said: %s", f.getFileName(), log())
          .isEqualTo(pipeline.contentHash(f));
    }
  }

  /**
   * Opens the store and checks it: each document graph is exactly the graph of the version whose
   * hash it records, and the derived graphs are what a full recomputation gives.
   *
   * @return the stored hash of each document graph
   */
  private Map<String, String> check(Path db, Path in) {
    try (TdbStore store = TdbStore.open(db)) {
      DatasetGraph dsg = store.dataset();
      return Txn.calculateRead(
          dsg,
          () -> {
            Map<String, String> hashes = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, KG.contentHash.asNode(), Node.ANY)
                .forEachRemaining(
                    q -> hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm()));
            for (var e : hashes.entrySet()) {
              Integer expected = sizeByHash.get(e.getValue());
              assertThat(expected)
                  .as("%s records a hash of a file version", e.getKey())
                  .isNotNull();
              assertThat(
                      dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(e.getKey())).size())
                  .as("%s is whole", e.getKey())
                  .isEqualTo(expected);
            }
            for (LinkDelta d : new Linking().full(dsg)) {
              assertThat(d.isEmpty())
                  .as(
                      "%s agrees with the documents; a full recomputation would remove %s and add %s",
                      d.graphIri(), d.removed(), d.added())
                  .isTrue();
            }
            return hashes;
          });
    }
  }

  private void remember(Path f) {
    sizeByHash.put(pipeline.contentHash(f), pipeline.process(f).graph().size());
  }

  /** Edits n distinct random documents (a citation added) and records the new versions. */
  private void edit(Path in, Random random, int n) throws IOException {
    List<Path> all = new ArrayList<>(files(in));
    java.util.Collections.shuffle(all, random);
    for (Path f : all.subList(0, n)) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Files.writeString(
          f, text + "\n\nZie ook Kamerstuk 36 200, nr. " + (1 + random.nextInt(900)) + ".\n");
      remember(f);
    }
  }

  /** n documents: the repository's fictional documents, copied under new ids. */
  private Path corpus(int n) throws IOException {
    List<Path> originals = new ArrayList<>();
    for (String s : SOURCES) {
      originals.addAll(files(BASE.resolve(s)));
    }
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < n; i++) {
      Path o = originals.get(i % originals.size());
      String name = o.getFileName().toString();
      int dot = name.lastIndexOf('.');
      Files.copy(o, in.resolve(name.substring(0, dot) + "-k" + i + name.substring(dot)));
    }
    return in;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("[^.]+.*\\.(txt|md|html|xml)$"))
          .filter(p -> !p.getFileName().toString().startsWith("README"))
          .filter(p -> !p.getFileName().toString().endsWith(".metadata.xml"))
          .sorted()
          .toList();
    }
  }

  private Process run(Path in, Path db) throws IOException {
    return start(in, db);
  }

  private String log() {
    try {
      return Files.readString(tmp.resolve("build.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static long timeOf(Process p) throws InterruptedException {
    long t0 = System.nanoTime();
    assertThat(p.waitFor()).as("a build that is not killed succeeds").isZero();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private Process start(Path in, Path db) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "org.w3id.kamergraph.cli.Main",
            "build",
            in.toString(),
            "--db",
            db.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("build.log").toFile())
        .start();
  }

  private static void deleteStore(Path db) throws IOException {
    if (Files.exists(db)) {
      try (Stream<Path> s = Files.walk(db)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
