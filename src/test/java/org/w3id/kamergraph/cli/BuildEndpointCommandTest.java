package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.store.StandaloneFuseki;

/**
 * {@code kamergraph build --endpoint} against the standalone Fuseki: options, credentials, exit
 * codes.
 */
class BuildEndpointCommandTest {
  static final Path EXAMPLES = CliTest.BASEDIR.resolve("examples");

  @TempDir Path tmp;

  @Test
  void buildsIntoTheServerWithAPasswordFile() throws Exception {
    try (StandaloneFuseki fuseki =
        StandaloneFuseki.start(Files.createDirectories(tmp.resolve("f")))) {
      Path pw = tmp.resolve("pw");
      Files.writeString(pw, StandaloneFuseki.PASSWORD + "\n");
      String url = fuseki.dataset().toString();
      CliTest.Run r =
          CliTest.run(
              "build",
              EXAMPLES.toString(),
              "--endpoint",
              url,
              "--user",
              "kamergraph",
              "--password-file",
              pw.toString());
      assertThat(r.exit()).as(r.all()).isZero();
      assertThat(r.err()).contains("5 added").contains(url);
      assertThat(r.all()).doesNotContain(StandaloneFuseki.PASSWORD);

      CliTest.Run again =
          CliTest.run(
              "build",
              EXAMPLES.toString(),
              "--endpoint",
              url,
              "--user",
              "kamergraph",
              "--password-file",
              pw.toString());
      assertThat(again.err()).contains("5 unchanged");

      // a build with nothing to write reads only; one that writes needs the right password
      Path in = Files.createDirectories(tmp.resolve("in"));
      try (var files = Files.list(EXAMPLES)) {
        for (Path p : files.toList()) {
          Files.copy(p, in.resolve(p.getFileName()));
        }
      }
      Files.writeString(in.resolve("kv-tk-2024Z09902.txt"), "Vragen van het lid Bos (VVD).\n");
      Files.writeString(pw, "not-it\n");
      CliTest.Run refused =
          CliTest.run(
              "build",
              in.toString(),
              "--endpoint",
              url,
              "--user",
              "kamergraph",
              "--password-file",
              pw.toString());
      assertThat(refused.exit()).as(refused.all()).isEqualTo(1);
      assertThat(refused.err()).contains("HTTP 401").doesNotContain("not-it");

      CliTest.Run query =
          CliTest.run("query", "questions-and-answers", "--endpoint", url + "/sparql");
      assertThat(query.exit()).as(query.all()).isZero();
    }
  }

  @Test
  void usageErrors() throws Exception {
    Path pw = tmp.resolve("pw");
    Files.writeString(pw, "x\n");
    String e = "http://127.0.0.1:9/kamergraph";
    assertThat(CliTest.run("build", "x", "--endpoint", e, "--db", "y").exit()).isEqualTo(2);
    assertThat(CliTest.run("build", "x", "--endpoint", e, "--compact").exit()).isEqualTo(2);
    assertThat(CliTest.run("build", "x", "--endpoint", "ftp://h/k").exit()).isEqualTo(2);
    assertThat(CliTest.run("build", "x", "--endpoint", e, "--password-file", pw.toString()).exit())
        .isEqualTo(2);
    assertThat(
            CliTest.run("build", "x", "--endpoint", e, "--user", "u", "--password-file", "/no/such")
                .err())
        .contains("/no/such");
    CliTest.Run down = CliTest.run("build", EXAMPLES.toString(), "--endpoint", e);
    assertThat(down.exit()).isEqualTo(1);
    assertThat(down.err()).contains("cannot connect");
  }
}
