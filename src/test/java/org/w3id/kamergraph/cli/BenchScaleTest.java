package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --generate} and {@code bench --scale} end to end on a small corpus: every figure of
 * the report is there (no timing is asserted: speed is what the benchmark reports, not a test), and
 * the input is left as it was.
 */
class BenchScaleTest {
  @TempDir Path tmp;

  @Test
  void generatesACorpusAndReportsEveryFigure() throws Exception {
    Path corpus = tmp.resolve("corpus");
    CliTest.Run g = CliTest.run("bench", "--generate", "40", "--out", corpus.toString());
    assertThat(g.exit()).as(g.all()).isZero();
    assertThat(g.out()).contains("40 documents");
    String before = listing(corpus);

    Path work = tmp.resolve("work");
    CliTest.Run r =
        CliTest.run(
            "bench", "--scale", corpus.toString(), "--work", work.toString(), "--repeat", "2");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out())
        .contains("documents extracted | 40 (0 failed)")
        .contains("extraction (")
        .contains("bulk loader (phased), same quads")
        .contains("fresh build, wall")
        .contains("build throughput / loader's")
        .contains("CPU time, build / loader; the build's floor on ")
        .contains("store size / loader's")
        .contains("build peak heap")
        .contains("class-data archive | ") // not made from target/classes: the JVM archives jars
        .contains("JVM start")
        .contains("unchanged rebuild")
        .contains("one changed document")
        .contains("the changed file alone (build --keep-missing FILE, as the launcher runs it")
        .contains("the changed file alone, with the archive and both compilers")
        .contains("the changed file alone, with neither")
        .contains(", median of 2 (") // each small rebuild runs --repeat times
        .contains("one changed document, whole folder, in a watching build (build --watch)")
        .contains("most documents changed (")
        .contains("store after that / loader's")
        .contains("server JVM options (/kamergraph/serve/server.jvm-options) | -Xms")
        .contains("query questions-and-answers p50 / p99")
        .doesNotContain("failed: ")
        .doesNotContain("NaN");
    assertThat(r.all())
        .as("the queries were timed after the server, a process of its own, had counted its store")
        .contains("description count done");
    assertThat(Files.readString(work.resolve("report.md")))
        .contains("| measure | figure | target |");
    assertThat(listing(corpus)).as("the input is not changed").isEqualTo(before);
  }

  @Test
  void modesAreExclusiveAndAWorkFolderIsNeeded() {
    assertThat(CliTest.run("bench").exit()).isEqualTo(2);
    assertThat(CliTest.run("bench", "--generate", "3").exit()).isEqualTo(2);
    assertThat(CliTest.run("bench", "--scale", tmp.toString()).exit()).isEqualTo(2);
    assertThat(CliTest.run("bench", "x", "--scale", tmp.toString()).exit()).isEqualTo(2);
  }

  private static String listing(Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          b.append(p.getFileName()).append(' ').append(Files.readString(p).hashCode()).append('\n');
        }
      }
    }
    return b.toString();
  }
}
