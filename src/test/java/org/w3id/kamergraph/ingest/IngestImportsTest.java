package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ingest is the first stage: from the project it may import only {@code model}. */
class IngestImportsTest {
  @Test
  void importsOnlyTheModelFromTheProject() throws IOException {
    Path sources = Path.of(System.getProperty("kamergraph.basedir", "."))
        .resolve("src/main/java/org/w3id/kamergraph/ingest");
    assumeTrue(Files.isDirectory(sources), "sources not found at " + sources);
    try (Stream<Path> files = Files.list(sources)) {
      List<String> offending = files.filter(p -> p.toString().endsWith(".java"))
          .flatMap(p -> lines(p).stream().map(l -> p.getFileName() + ": " + l))
          .filter(l -> l.contains("import org.w3id.kamergraph.")
              && !l.contains("import org.w3id.kamergraph.model.")
              && !l.contains("import org.w3id.kamergraph.ingest."))
          .toList();
      assertThat(offending).isEmpty();
    }
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
