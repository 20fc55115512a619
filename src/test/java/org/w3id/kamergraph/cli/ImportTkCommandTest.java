package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kamergraph reference import-tk} in process: counts, warnings, exit codes, validation. */
class ImportTkCommandTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path OPENDATA = BASE.resolve("src/test/resources/opendata");

  @TempDir Path tmp;

  @Test
  void importsBuildsLinksAndValidates() {
    String db = tmp.resolve("db").toString();
    CliTest.Run build = CliTest.run("build", BASE.resolve("examples").toString(), "--db", db);
    assertThat(build.exit()).as(build.all()).isZero();
    CliTest.Run r =
        CliTest.run("reference", "import-tk", OPENDATA.resolve("export").toString(), "--db", db);
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.err())
        .contains("Persoon: 9 read")
        .contains("7 persons, 8 fracties (7 matched to a party), 8 memberships")
        .contains("4 members linked")
        .contains("warning: FractieZetelPersoon(c0000000-0000-4000-8000-000000000004)");
    // without a terminal, a line per export file read
    assertThat(r.err()).containsPattern("kamergraph: \\[1/\\d+\\] .*: read");
    CliTest.Run v = CliTest.run("validate", "--db", db);
    assertThat(v.exit()).as(v.all()).isZero();
  }

  @Test
  void aBadFileFailsTheRunButTheOthersAreImported() {
    String db = tmp.resolve("db").toString();
    CliTest.Run r =
        CliTest.run(
            "reference",
            "import-tk",
            OPENDATA.resolve("export").toString(),
            OPENDATA.resolve("broken").toString(),
            "--db",
            db);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("persoon-broken.json: malformed JSON")
        .contains("line")
        .contains("7 persons")
        .contains("1 files failed");
  }

  @Test
  void referenceWithoutSubcommandIsAUsageError() {
    assertThat(CliTest.run("reference").exit()).isEqualTo(2);
    assertThat(CliTest.run("reference", "import-tk", "--help").exit()).isZero();
  }
}
