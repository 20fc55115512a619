package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbStore;

/**
 * {@code build --watch} on a real folder and a real TDB2 store, through the file system's own
 * events: a document changed or added on its own is built alone; a file removed, a folder moved in,
 * a second file for one id give the whole build; each change gives one build that does just that;
 * files no build reads, and the store's own writes (the store lies inside the watched folder here),
 * give none; a failing build is reported and the watch goes on; stopping it ends it with the store
 * closed and whole. Each watch runs in a JVM of its own and is stopped as Ctrl-C stops it.
 */
class BuildWatchTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** The summary line each build prints. */
  private static final Pattern SUMMARY =
      Pattern.compile(
          "(\\d+) added, (\\d+) replaced, (\\d+) unchanged, (\\d+) removed, (\\d+) failed");

  @TempDir Path tmp;

  @Test
  void buildsAgainOnEachChangeAndOnlyThen() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> s = Files.list(CliTest.EXAMPLES)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().startsWith("README")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Path db = in.resolve("store"); // inside the watched folder: its writes must not count
    Watching w = Watching.start(tmp, "build", in.toString(), "--db", db.toString(), "--watch");
    w.awaitErr("for changes");
    assertThat(w.err()).contains("watching 1 folder for changes");
    assertThat(w.last()).isEqualTo("5 added, 0 replaced, 0 unchanged, 0 removed, 0 failed");

    // files a build does not read, and the store's own writes: nothing to build
    Files.writeString(in.resolve("notes.gold.json"), "{}");
    Files.writeString(in.resolve("README.md"), "# notes");
    Files.writeString(in.resolve("scratch.docx"), "x");
    Thread.sleep(5 * BuildCommand.QUIET.toMillis());
    assertThat(w.builds()).as(w.err()).isEqualTo(1);

    // a document changed on its own is built alone (as build --keep-missing FILE builds it)
    Files.writeString(
        in.resolve("ah-tk-20232024-9901.txt"),
        "\nEen zin erbij.\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    w.awaitBuilds(2);
    assertThat(w.last()).isEqualTo("0 added, 1 replaced, 0 unchanged, 0 removed, 0 failed");

    // a file removed: the whole build, which mirrors the inputs
    Files.delete(in.resolve("kv-tk-2024Z09902.txt"));
    w.awaitBuilds(3);
    assertThat(w.last()).isEqualTo("0 added, 0 replaced, 4 unchanged, 1 removed, 0 failed");

    // a folder made after the watch began is watched too, and what is moved in with it counts
    Path later = Files.createDirectories(tmp.resolve("later"));
    Files.copy(
        CliTest.EXAMPLES.resolve("kv-tk-2024Z09902.txt"), later.resolve("kv-tk-2024Z09902.txt"));
    Files.move(later, in.resolve("later"));
    w.awaitBuilds(4);
    assertThat(w.last()).isEqualTo("1 added, 0 replaced, 4 unchanged, 0 removed, 0 failed");
    Files.writeString(
        in.resolve("later/kv-tk-2024Z09902.txt"),
        "\nNog een zin.\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    w.awaitBuilds(5);
    assertThat(w.last()).isEqualTo("0 added, 1 replaced, 0 unchanged, 0 removed, 0 failed");

    // a new document on its own: built alone
    Files.copy(
        CliTest.EXAMPLES.resolve("kv-tk-2023Z09904.html"),
        in.resolve("later/kv-tk-2023Z19904.html"));
    w.awaitBuilds(6);
    assertThat(w.last()).isEqualTo("1 added, 0 replaced, 0 unchanged, 0 removed, 0 failed");

    // a second file with an id another file holds: which one is built is the whole build's choice
    Files.copy(
        CliTest.EXAMPLES.resolve("ah-tk-20242025-9905.md"),
        in.resolve("later/ah-tk-20232024-9901.md"));
    w.awaitBuilds(7);
    assertThat(w.last()).isEqualTo("0 added, 1 replaced, 5 unchanged, 0 removed, 0 failed");
    assertThat(w.err()).contains("ah-tk-20232024-9901.txt: not built; ");

    w.stop();
    assertThat(w.err())
        .as("the build under way finished, the store closed")
        .endsWith("kamergraph: watch stopped\n");
    try (TdbStore store = TdbStore.open(db)) {
      assertThat(TestBuilds.documents(store))
          .hasSize(6)
          .contains(KG.ID + "document/kv-tk-2023Z19904")
          .contains(KG.ID + "document/kv-tk-2024Z09902", KG.ID + "document/ah-tk-20232024-9901");
    }
  }

  @Test
  void aFailingBuildIsReportedAndTheWatchGoesOn() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path doc = in.resolve("kv-tk-2024Z09902.txt");
    Files.copy(CliTest.EXAMPLES.resolve("kv-tk-2024Z09902.txt"), doc);
    Path neighbour = in.resolve("ah-tk-20232024-9901.txt");
    Files.copy(CliTest.EXAMPLES.resolve("ah-tk-20232024-9901.txt"), neighbour);
    Path db = tmp.resolve("db");
    // the file alone is given: its neighbour does not count
    Watching w = Watching.start(tmp, "build", doc.toString(), "--db", db.toString(), "--watch");
    w.awaitErr("for changes");
    Files.writeString(neighbour, "\nEen zin erbij.\n", StandardOpenOption.APPEND);
    Thread.sleep(5 * BuildCommand.QUIET.toMillis());
    assertThat(w.builds()).as(w.err()).isEqualTo(1);

    // but its metadata sidecar does: its bytes are part of the document's hash
    Files.writeString(in.resolve("kv-tk-2024Z09902.metadata.xml"), "<metadata/>");
    w.awaitBuilds(2);
    assertThat(w.last()).isEqualTo("0 added, 1 replaced, 0 unchanged, 0 removed, 0 failed");

    Files.move(doc, in.resolve("elsewhere.txt.bak"));
    w.awaitErr("still watching");
    assertThat(w.err()).contains(doc.getFileName().toString()).contains("no such file");
    Files.move(in.resolve("elsewhere.txt.bak"), doc);
    w.awaitBuilds(3);
    assertThat(w.last()).isEqualTo("0 added, 0 replaced, 1 unchanged, 0 removed, 0 failed");
    w.stop();
    assertThat(w.err()).endsWith("kamergraph: watch stopped\n");
  }

  @Test
  void compactingDoesNotApplyToAWatch() {
    CliTest.Run r =
        CliTest.run(
            "build", tmp.toString(), "--db", tmp.resolve("db").toString(), "--watch", "--compact");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--compact does not apply to --watch");
  }

  /**
   * A {@code build --watch} running in a JVM of its own, as a user runs it (it is stopped as Ctrl-C
   * stops it, through the JVM's shutdown), its output read as it comes.
   */
  private record Watching(Process process, Path log) {
    static Watching start(Path tmp, String... args) throws java.io.IOException {
      List<String> cmd = CliTest.inFreshJvm(args);
      Path log = tmp.resolve("watch.log");
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new Watching(p, log);
    }

    String err() {
      try {
        return Files.readString(log);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    int builds() {
      return (int) SUMMARY.matcher(err()).results().count();
    }

    String last() {
      Matcher m = SUMMARY.matcher(err());
      String last = null;
      while (m.find()) {
        last = m.group();
      }
      return last;
    }

    void awaitBuilds(int n) throws InterruptedException {
      await(() -> builds() >= n, n + " builds");
      assertThat(builds()).as(err()).isEqualTo(n);
    }

    void awaitErr(String text) throws InterruptedException {
      await(() -> err().contains(text), "\"" + text + "\"");
    }

    private void await(java.util.function.BooleanSupplier done, String what)
        throws InterruptedException {
      long end = System.nanoTime() + WAIT.toNanos();
      while (!done.getAsBoolean()) {
        if (System.nanoTime() > end || !process.isAlive()) {
          throw new AssertionError("no " + what + " within " + WAIT + ":\n" + err());
        }
        Thread.sleep(20);
      }
    }

    /** Stops the watch as Ctrl-C does; the JVM's exit status. */
    int stop() throws InterruptedException {
      process.destroy(); // SIGTERM: the JVM's shutdown, as on Ctrl-C
      assertThat(process.waitFor(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
          .as("the watch ended")
          .isTrue();
      return process.exitValue();
    }
  }
}
