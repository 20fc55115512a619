package org.w3id.kamergraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Pipeline;

/**
 * The fuzzing harness, run briefly with a fixed seed on every build; at length with
 *
 * <pre>./mvnw test -Dtest=FuzzTest -Dfuzz.inputs=100000 -Dfuzz.seed=N [-Dfuzz.maxBytes=65536]</pre>
 *
 * <p>Seeds are the bundled examples, the test documents in every format (text, Markdown, HTML,
 * official XML with its sidecars) and a PDF made from an example. What an input breaks is saved
 * under {@code target/fuzz-crashes/}; each such input is then added to {@code
 * src/test/resources/fuzz/}, which {@link #everyInputThatEverBrokeARuleStaysFixed} runs for ever
 * after.
 */
class FuzzTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path RESOURCES = BASE.resolve("src/test/resources");

  static Pipeline pipeline;

  @TempDir Path work;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void aSeededRunBreaksNoRule() throws IOException {
    long inputs = Long.getLong("fuzz.inputs", 600);
    int maxBytes = Integer.getInteger("fuzz.maxBytes", 64 * 1024);
    long seed = Long.getLong("fuzz.seed", 20_261_204L);
    List<FuzzRun.Seed> seeds = new ArrayList<>(documentSeeds());
    seeds.add(
        new FuzzRun.Seed(
            "generated.pdf", "pdf", pdfOf(BASE.resolve("examples/kv-tk-2024Z09902.txt"))));
    FuzzRun run =
        new FuzzRun(
            pipeline,
            seeds,
            FuzzRun.seedsIn(List.of(RESOURCES.resolve("harvest")), true),
            Duration.ofSeconds(Long.getLong("fuzz.budgetSeconds", 10)),
            work,
            BASE.resolve("target/fuzz-crashes"));
    long t0 = System.nanoTime();
    FuzzRun.Report report = run.run(seed, inputs, maxBytes);
    System.out.printf(
        "fuzz: seed %d, %d inputs of at most %d bytes in %.1f s, %d refused with a message, %d findings;"
            + " slowest %d ms (%s, %d bytes)%n",
        seed,
        report.inputs(),
        maxBytes,
        (System.nanoTime() - t0) / 1e9,
        report.refused(),
        report.findings().size(),
        report.slowest().toMillis(),
        report.slowestSeed(),
        report.slowestBytes());
    assertThat(report.findings()).isEmpty();
    assertThat(report.inputs()).isEqualTo(inputs);
    // hostile inputs are refused now and then; a run that refuses nothing tests nothing
    assertThat(report.refused()).isPositive();
  }

  @Test
  void everyInputThatEverBrokeARuleStaysFixed() throws IOException {
    Path fixtures = RESOURCES.resolve("fuzz");
    List<FuzzRun.Seed> inputs = FuzzRun.seedsIn(List.of(fixtures), false);
    assertThat(inputs).as("fixtures in " + fixtures).isNotEmpty();
    // each fixture once, unmutated: a run of one input per fixture, mutations off
    for (FuzzRun.Seed fixture : inputs) {
      FuzzRun.Report report =
          new FuzzRun(pipeline, List.of(fixture), List.of(), Duration.ofSeconds(10), work, work)
              .replay();
      assertThat(report.findings()).as(fixture.origin()).isEmpty();
    }
  }

  static List<FuzzRun.Seed> documentSeeds() {
    return FuzzRun.seedsIn(
        List.of(
            BASE.resolve("examples"),
            RESOURCES.resolve("harvest/documents"),
            RESOURCES.resolve("synthetic"),
            RESOURCES.resolve("synthetic2"),
            RESOURCES.resolve("synthetic3"),
            RESOURCES.resolve("synthetic4"),
            RESOURCES.resolve("synthetic5"),
            RESOURCES.resolve("evaluate")),
        false);
  }

  /** A PDF of a text file's lines, so PDF reading is fuzzed from a well-formed start. */
  static byte[] pdfOf(Path text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        content.setLeading(11);
        content.newLineAtOffset(40, 760);
        for (String line : Files.readAllLines(text)) {
          content.showText(line.replaceAll("[^\\x20-\\x7e\\u00a0-\\u00ff]", "?"));
          content.newLine();
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
