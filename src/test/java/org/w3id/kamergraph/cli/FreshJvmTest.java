package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that build a pipeline, each in a JVM of its own, as a user starts them. The pipeline
 * loads its reference data on a thread of its own while the command goes on; Jena's class
 * initialisers once deadlocked between the two ({@code evaluate} hung for good, about one start in
 * eight). Class initialisation happens once per JVM, so only fresh JVMs can show it; several starts
 * each must finish well within the time allowed.
 */
class FreshJvmTest {
  @TempDir Path tmp;

  @Test
  void commandsThatLoadThePipelineFinishInAFreshJvm() throws Exception {
    Path gold = Path.of("src/test/resources/synthetic");
    for (int i = 0; i < 6; i++) {
      Path log = tmp.resolve("run-" + i + ".log");
      List<String> args =
          switch (i % 3) {
            case 0 -> List.of("evaluate", gold.toString());
            case 1 -> List.of("extract", gold.toString(), "-o", tmp.resolve(i + ".nq").toString());
            default -> List.of("build", gold.toString(), "--db", tmp.resolve("db" + i).toString());
          };
      Process p =
          new ProcessBuilder(java(args))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      boolean finished = p.waitFor(2, TimeUnit.MINUTES);
      if (!finished) {
        p.destroyForcibly();
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(finished).as("%s did not finish: %s", args, out).isTrue();
      assertThat(p.exitValue()).as("%s: %s", args, out).isZero();
    }
  }

  private static List<String> java(List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return cmd;
  }
}
