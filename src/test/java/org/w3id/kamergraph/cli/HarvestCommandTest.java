package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.harvest.FixtureServer;

/** {@code kamergraph harvest} in-process against the local stand-in server. */
class HarvestCommandTest {
  final FixtureServer server = new FixtureServer();
  @TempDir Path tmp;

  @AfterEach
  void stop() {
    server.close();
  }

  private CliTest.Run harvest(String... more) {
    String[] base = {
      "harvest",
      "--out",
      tmp.resolve("corpus").toString(),
      "--sru-url",
      server.sru().toString(),
      "--repository-url",
      server.repository().toString(),
      "--metadata-url",
      server.metadata().toString(),
      "--interval",
      "0ms",
      "--backoff",
      "10ms",
      "--max-attempts",
      "2",
      "--page-size",
      "2"
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliTest.run(args);
  }

  @Test
  void harvestsAndSummarises() {
    CliTest.Run r = harvest("--from", "2024-01-01", "--to", "2024-01-31");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.err()).contains("10 downloaded, 0 skipped, 0 failed");
    assertThat(r.err()).contains("downloaded " + tmp.resolve("corpus/kv-tk-2024Z00101.xml"));

    CliTest.Run again = harvest("--from", "2024-01-01", "--to", "2024-01-31");
    assertThat(again.err()).contains("0 downloaded, 10 skipped, 0 failed");
  }

  @Test
  void aFailureExitsOneAndNamesTheUrl() {
    server.fault("/zoek/kv-tk-2024Z00101/metadata.xml", new FixtureServer.Status(404));
    CliTest.Run r = harvest("--zaak", "2024Z00101");
    assertThat(r.exit()).as(r.all()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "kamergraph: failed: "
                + server.metadata()
                + "/kv-tk-2024Z00101/metadata.xml: HTTP 404 (not retried)")
        .contains("1 downloaded, 0 skipped, 1 failed");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(harvest().exit()).as("neither dates nor a zaak").isEqualTo(2);
    assertThat(harvest("--zaak", "kv-tk-1").err()).contains("not a zaak number");
    assertThat(harvest("--from", "2024-02-01", "--to", "2024-01-01").exit()).isEqualTo(2);
    assertThat(harvest("--from", "2024-01-01", "--interval", "soon").exit()).isEqualTo(2);
    assertThat(CliTest.run("harvest", "--help").out()).contains("Usage: kamergraph harvest");
  }
}
