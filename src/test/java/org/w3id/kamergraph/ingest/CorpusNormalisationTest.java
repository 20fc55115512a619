package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.NormalisedText;

/** Runs the normaliser over the shared development corpus; skipped when it is absent. */
class CorpusNormalisationTest {
  private static List<Path> corpusTexts() throws IOException {
    Path corpus = Path.of(System.getProperty("kamergraph.shared", "../shared")).resolve("corpus");
    assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    try (Stream<Path> files = Files.list(corpus)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assumeTrue(!texts.isEmpty(), "shared corpus has no .txt files");
      return texts;
    }
  }

  @Test
  void footersAreGoneAndEveryMapIsExact() throws IOException {
    TextNormaliser normaliser = new TextNormaliser();
    for (Path file : corpusTexts()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      NormalisedText n = normaliser.normalise(source);
      assertThat(n.text())
          .as(file.toString())
          .doesNotContain("ISSN 0921")
          .doesNotContainPattern("Tweede Kamer, vergaderjaar \\d{4}.\\d{4}, Aanhangsel \\d");
      OffsetMapAssert.assertExact(source, n);
    }
  }

  @Test
  void knownSplitWordsAreJoinedInTheCorpus() throws IOException {
    Path file = corpusTexts().get(0).resolveSibling("ah-tk-20232024-1031.txt");
    assumeTrue(Files.exists(file));
    String text = new TextNormaliser().normalise(Files.readString(file)).text();
    assertThat(text)
        .contains(
            "huisvestingsmogelijkheden",
            "ondernemingsklimaat in Nederland?",
            "energie-infrastructuur",
            "genomen 3:");
  }

  @Test
  void urlsKeepTheirHyphens() throws IOException {
    Path file = corpusTexts().get(0).resolveSibling("seed-001.txt");
    assumeTrue(Files.exists(file));
    String text = new TextNormaliser().normalise(Files.readString(file)).text();
    assertThat(text).contains("kabinetsreactie-wrr-rapport-ai").doesNotContain("rapportai");
  }
}
