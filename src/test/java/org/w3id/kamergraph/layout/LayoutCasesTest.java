package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.kamergraph.ingest.Ingestor;
import org.w3id.kamergraph.model.SourceDocument;

/**
 * Each layout case folder in {@code src/test/resources/layout}: its input, read as a build reads
 * it, has the layout its {@code expected.txt} writes out. With {@code
 * -Dkamergraph.layout.write=true} the expected files are written from what the code finds instead
 * (and the test fails, so a rewrite is never mistaken for a pass).
 */
class LayoutCasesTest {
  static final Path CASES =
      Path.of(System.getProperty("kamergraph.basedir", "."), "src/test/resources/layout");

  @TestFactory
  Stream<DynamicTest> everyCaseHasItsExpectedLayout() throws IOException {
    List<Path> cases;
    try (Stream<Path> all = Files.list(CASES)) {
      cases = all.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("layout cases").hasSizeGreaterThanOrEqualTo(8);
    Ingestor ingestor = new Ingestor();
    return cases.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(ingestor, dir)));
  }

  private static void check(Ingestor ingestor, Path dir) throws IOException {
    assertThat(dir.resolve("README.md")).as("what the case shows").exists();
    Path input;
    try (Stream<Path> files = Files.list(dir)) {
      input =
          files
              .filter(f -> f.getFileName().toString().startsWith("input."))
              .findFirst()
              .orElseThrow(() -> new AssertionError(dir + ": no input.* file"));
    }
    SourceDocument document = ingestor.ingest(input);
    String text = document.normalised().text();
    String found = LayoutText.render(Layouts.of(document), text);
    Path expected = dir.resolve("expected.txt");
    if (Boolean.getBoolean("kamergraph.layout.write")) {
      Files.writeString(expected, found, StandardCharsets.UTF_8);
      throw new AssertionError(expected + " written: review the diff, then run without the flag");
    }
    assertThat(found).as("layout of %s", input).isEqualTo(Files.readString(expected));
  }
}
