package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes hold on any union: a store built from every document the project has (the examples,
 * the identity set across 2001–2024, the synthetic gold sets, the harvested official XML and, when
 * it is beside the project, the shared corpus) plus the TK open data fixtures passes {@code
 * validate --db}. Documents of different eras meet here: posts, persons and ministries must each be
 * one thing in it.
 */
class UnionValidationTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path CORPUS =
      Path.of(System.getProperty("kamergraph.shared", "../shared")).resolve("corpus");

  @TempDir Path tmp;

  @Test
  void everyDocumentTheProjectHasPlusTheTkFixturesConformsToTheShapes() {
    String db = tmp.resolve("db").toString();
    Path res = BASE.resolve("src/test/resources");
    List<String> args = new ArrayList<>(List.of("build", "--db", db, "--keep-missing"));
    for (String dir :
        List.of(
            "examples",
            "src/test/resources/identity",
            "src/test/resources/synthetic",
            "src/test/resources/synthetic3",
            "src/test/resources/synthetic4",
            "src/test/resources/synthetic5",
            "src/test/resources/harvest/documents")) {
      args.add(BASE.resolve(dir).toString());
    }
    // synthetic2 shares a document id with synthetic (a conflict the build reports): its own
    // build, into the same store
    if (Files.isDirectory(CORPUS)) {
      args.add(CORPUS.toString());
    } else {
      System.out.println("shared corpus not found at " + CORPUS.toAbsolutePath() + ": left out");
    }
    CliTest.Run first = CliTest.run(args.toArray(String[]::new));
    assertThat(first.exit()).as(first.all()).isZero();
    CliTest.Run second =
        CliTest.run("build", "--db", db, "--keep-missing", res.resolve("synthetic2").toString());
    assertThat(second.exit()).as(second.all()).isZero();
    assertThat(second.all()).containsPattern("[1-9][0-9]* added");
    CliTest.Run tk =
        CliTest.run(
            "reference", "import-tk", res.resolve("opendata/export").toString(), "--db", db);
    assertThat(tk.exit()).as(tk.all()).isZero();

    CliTest.Run v = CliTest.run("validate", "--db", db);
    assertThat(v.exit()).as(v.all()).isZero();
  }
}
