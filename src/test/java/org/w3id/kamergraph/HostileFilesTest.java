package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.store.TdbStore;

/**
 * Files crafted to stop a batch do not: each is reported by name with what is wrong, and every
 * other document of the batch is built.
 */
class HostileFilesTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");

  @TempDir Path tmp;

  @Test
  void thousandsOfNestedXmlElementsAreAnErrorNamingTheFileAndTheRestIsBuilt() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    // 5,000 nested elements in 35 KB: the renderer's recursion would overflow the stack
    Files.writeString(
        in.resolve("kv-tk-2024Z00001.xml"),
        "<?xml version=\"1.0\"?><kamervragen>"
            + "<al>".repeat(5000)
            + "Vraag 1"
            + "</al>".repeat(5000)
            + "</kamervragen>",
        StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report r =
          TestBuilds.build(
              Pipeline.standard(),
              store,
              List.of(in),
              (f, e) -> failures.add(f.getFileName() + ": " + e.getMessage()));
      assertThat(r.added()).isEqualTo(5);
      assertThat(r.failed()).isEqualTo(1);
    }
    assertThat(failures)
        .singleElement()
        .asString()
        .startsWith("kv-tk-2024Z00001.xml")
        .contains("256");
  }

  /**
   * A megabyte of one party abbreviation would be 170,000 mentions and a million quads; it is
   * refused by name, and the document beside it is built.
   */
  @Test
  void aFileOfRepeatedTextIsRefusedByItsFactsAndTheRestIsBuilt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("herhaald"));
    Files.copy(EXAMPLES.resolve("kv-tk-2024Z09902.txt"), in.resolve("kv-tk-2024Z09902.txt"));
    Files.writeString(
        in.resolve("kv-tk-2024Z00002.txt"),
        "Vragen van het lid Jansen (VVD) aan de minister van Financiën.\n"
            + "(VVD) ".repeat(170_000),
        StandardCharsets.UTF_8);
    TestBuilds.Recorder recorder = new TestBuilds.Recorder();
    try (TdbStore store = TdbStore.open(tmp.resolve("db4"))) {
      Build.Report r = TestBuilds.build(Pipeline.standard(), store, List.of(in), recorder);
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.failed()).isEqualTo(1);
    }
    assertThat(recorder.failures)
        .singleElement()
        .asString()
        .contains("kv-tk-2024Z00002.txt")
        .contains("more than 50000 facts");
  }

  @Test
  void aBrokenSidecarIsReportedAndItsDocumentBuiltWithoutIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("side"));
    Files.copy(EXAMPLES.resolve("kv-tk-2024Z09902.txt"), in.resolve("kv-tk-2024Z09902.txt"));
    Files.writeString(in.resolve("kv-tk-2024Z09902.metadata.xml"), "<metadata_gegevens><meta");
    TestBuilds.Recorder recorder = new TestBuilds.Recorder();
    try (TdbStore store = TdbStore.open(tmp.resolve("db2"))) {
      assertThat(TestBuilds.build(Pipeline.standard(), store, List.of(in), recorder).added())
          .isEqualTo(1);
    }
    assertThat(recorder.failures).isEmpty();
    assertThat(recorder.warnings)
        .singleElement()
        .asString()
        .contains("kv-tk-2024Z09902.metadata.xml")
        .contains("built without it");
  }

  /**
   * A document that never finishes (here a reader that spins without looking at interrupts, as a
   * runaway regular expression would) is reported when its time is up, and the documents after it
   * are built, also with one extraction thread, which it would otherwise hold for ever.
   */
  @Test
  @org.junit.jupiter.api.Timeout(
      value = 60,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aDocumentPastItsTimeIsReportedAndTheBatchGoesOn() throws IOException {
    java.util.concurrent.atomic.AtomicBoolean release =
        new java.util.concurrent.atomic.AtomicBoolean();
    org.w3id.kamergraph.ingest.DocumentReader spinning =
        new org.w3id.kamergraph.ingest.DocumentReader() {
          @Override
          public java.util.Set<String> extensions() {
            return java.util.Set.of("spin");
          }

          @Override
          public org.w3id.kamergraph.ingest.ReadText read(Path file, byte[] bytes) {
            long n = 0;
            while (!release.get()) {
              n++; // busy, deaf to interrupts
            }
            throw new IllegalStateException("released after " + n + " turns");
          }
        };
    org.w3id.kamergraph.ingest.Ingestor ingestor =
        new org.w3id.kamergraph.ingest.Ingestor(
            org.w3id.kamergraph.ingest.Ingestor.DEFAULT_MAX_BYTES,
            List.of(new org.w3id.kamergraph.ingest.PlainTextReader(), spinning),
            new org.w3id.kamergraph.ingest.TextNormaliser());
    Path in = Files.createDirectories(tmp.resolve("spin"));
    Files.writeString(in.resolve("a-first.spin"), "x");
    Files.copy(EXAMPLES.resolve("kv-tk-2024Z09902.txt"), in.resolve("b-kv-tk-2024Z09902.txt"));
    Files.writeString(in.resolve("c-second.spin"), "x");
    Files.copy(
        EXAMPLES.resolve("ah-tk-20232024-9901.txt"), in.resolve("d-ah-tk-20232024-9901.txt"));
    List<String> failures = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("db3"))) {
      long t0 = System.nanoTime();
      Build.Report r =
          TestBuilds.build(
              Pipeline.standard(ingestor),
              store,
              List.of(in),
              new Build.Options(1, false, java.time.Duration.ofMillis(500)),
              (f, e) -> failures.add(f.getFileName() + ": " + e.getMessage()));
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertThat(r.added()).isEqualTo(2);
      assertThat(r.failed()).isEqualTo(2);
      assertThat(seconds).as("two budgets of 0.5 s, not for ever").isLessThan(30);
    } finally {
      release.set(true);
    }
    assertThat(failures)
        .hasSize(2)
        .allSatisfy(f -> assertThat(f).contains("took longer than 0.5 s"))
        .anySatisfy(f -> assertThat(f).startsWith("a-first.spin"))
        .anySatisfy(f -> assertThat(f).startsWith("c-second.spin"));
  }
}
