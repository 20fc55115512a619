package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction runs on several threads, and the output does not depend on how many. */
class ExtractThreadsTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));

  @TempDir Path tmp;

  @Test
  void theSameBytesWhateverTheThreadCount() throws IOException {
    List<String> inputs = new ArrayList<>();
    inputs.add(BASE.resolve("examples").toString());
    for (String set : List.of("synthetic", "synthetic3")) {
      inputs.add(BASE.resolve("src/test/resources/" + set).toString());
    }
    byte[] reference = null;
    for (String format : List.of("trig", "nq")) {
      reference = null;
      for (int threads : new int[] {1, 2, 5}) {
        Path out = tmp.resolve(threads + "." + format);
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(inputs);
        args.addAll(List.of("-o", out.toString(), "--threads", String.valueOf(threads)));
        StringWriter err = new StringWriter();
        int exit =
            Main.commandLine()
                .setErr(new PrintWriter(err))
                .setOut(new PrintWriter(new StringWriter()))
                .execute(args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes.length).isGreaterThan(10_000);
        if (reference == null) {
          reference = bytes;
        } else {
          assertThat(bytes).as("%s with %d threads", format, threads).isEqualTo(reference);
        }
      }
    }
  }

  @Test
  void fewerThanOneThreadIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit =
        Main.commandLine()
            .setErr(new PrintWriter(err))
            .execute(
                "extract", "examples", "-o", tmp.resolve("x.trig").toString(), "--threads", "0");
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--threads must be at least 1");
  }
}
