package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.bench.CorpusGenerator;

/**
 * A build run as a person runs it, on a terminal (a pseudo-terminal made by util-linux's {@code
 * script}), shows a progress bar with the count and the rate; the same build writing to a file logs
 * one line per document instead.
 */
class ProgressTest {
  static final int DOCUMENTS = 40;

  @TempDir static Path tmp;
  static Path in;

  @BeforeAll
  static void corpus() throws IOException {
    in = Files.createDirectories(tmp.resolve("in"));
    new CorpusGenerator().generate(DOCUMENTS, 3, in);
  }

  @Test
  void onATerminalABuildShowsABar() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "progress bar test skipped: util-linux's script is not installed");
    String command =
        String.join(
            " ",
            quoted(
                CliTest.inFreshJvm(
                    "build", in.toString(), "--db", tmp.resolve("tty-db").toString())));
    Path log = tmp.resolve("tty.log");
    ProcessBuilder pb =
        new ProcessBuilder("/usr/bin/script", "-q", "-e", "-c", command, "/dev/null")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("TERM", "xterm");
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("extract")
        .contains("100%")
        .contains(DOCUMENTS + "/" + DOCUMENTS + " documents")
        .contains("documents/s")
        .contains(DOCUMENTS + " added")
        .doesNotContain("kamergraph: [1/");
  }

  @Test
  void withoutATerminalABuildLogsALinePerDocument() throws Exception {
    Path log = tmp.resolve("plain.log");
    Process p =
        new ProcessBuilder(
                CliTest.inFreshJvm("build", in.toString(), "--db", tmp.resolve("db").toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().filter(l -> l.startsWith("kamergraph: [")).toList();
    assertThat(lines).hasSize(DOCUMENTS);
    assertThat(lines.get(0)).matches("kamergraph: \\[1/" + DOCUMENTS + "\\] .*\\.\\w+: added");
    assertThat(out).doesNotContain("100%").contains(DOCUMENTS + " added");
  }

  /** Each word quoted for the shell that {@code script -c} runs the command with. */
  private static List<String> quoted(List<String> words) {
    return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
  }
}
