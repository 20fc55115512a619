package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.cli.Main;
import org.w3id.kamergraph.model.UsageException;

/** {@code serve --config}: what it reads from a Fuseki configuration, and what it refuses. */
class FusekiConfigTest {
  static final Path SHIPPED =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("docker/fuseki/config.ttl");

  @TempDir Path tmp;

  @Test
  void theShippedConfigurationIsOurDefaults() {
    FusekiConfig c = FusekiConfig.read(SHIPPED);
    assertThat(c.name()).isEqualTo("kamergraph");
    assertThat(c.location()).isEqualTo(Path.of("databases/kamergraph"));
    assertThat(c.queryTimeout()).contains(Duration.ofSeconds(120));
  }

  @Test
  void whatKamergraphDoesNotServeIsRefusedNamingTheFile() throws IOException {
    String shipped = Files.readString(SHIPPED);
    Path noUnion =
        write("no-union.ttl", shipped.replace("unionDefaultGraph true", "unionDefaultGraph false"));
    assertThatThrownBy(() -> FusekiConfig.read(noUnion))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(noUnion.toString())
        .hasMessageContaining("unionDefaultGraph true");
    Path memory = write("memory.ttl", shipped.replace("tdb2:DatasetTDB2", "ja:MemoryDataset"));
    assertThatThrownBy(() -> FusekiConfig.read(memory)).hasMessageContaining("tdb2:DatasetTDB2");
    Path broken =
        write(
            "broken.ttl",
            shipped.replace("fuseki:name \"kamergraph\" ;", "fuseki:name \"kamergraph"));
    assertThatThrownBy(() -> FusekiConfig.read(broken))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line");
    assertThatThrownBy(() -> FusekiConfig.read(tmp.resolve("none.ttl")))
        .hasMessageContaining("no such configuration file");
    Path badTimeout = write("t.ttl", shipped.replace("\"30000,120000\"", "\"soon\""));
    assertThatThrownBy(() -> FusekiConfig.read(badTimeout)).hasMessageContaining("queryTimeout");
  }

  @Test
  void serveTakesTheDatasetNameLocationAndTimeoutFromIt() throws Exception {
    Path store = tmp.resolve("store");
    var build = Main.commandLine();
    build.setOut(new PrintWriter(new StringWriter(), true));
    build.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(
            build.execute(
                "build", ServerIntegrationTest.EXAMPLES.toString(), "--db", store.toString()))
        .isZero();
    Path config =
        write(
            "config.ttl",
            Files.readString(SHIPPED)
                .replace("fuseki:name \"kamergraph\"", "fuseki:name \"kg-test\"")
                .replace("\"databases/kamergraph\"", "\"" + store.toAbsolutePath() + "\""));
    CliServer cli = CliServer.start("--config", config.toString());
    String base = cli.base();
    StringWriter err = cli.err;
    boolean up = cli.up();
    assertThat(up).as("server came up; stderr: %s (exit %s)", err, cli.exit.get()).isTrue();
    assertThat(err.toString()).contains(base + "/kg-test/sparql");
    String ask =
        URLEncoder.encode(
            "ASK { ?d a <https://w3id.org/kamergraph/def#Document> }", StandardCharsets.UTF_8);
    var r =
        ServerIntegrationTest.get(
            base + "/kg-test/sparql?query=" + ask, "application/sparql-results+json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("true");
    assertThat(
            ServerIntegrationTest.get(base + "/kamergraph/sparql?query=" + ask, "*/*").statusCode())
        .isEqualTo(404);
    assertThat(cli.stop()).isTrue();

    var both = Main.commandLine();
    StringWriter bothErr = new StringWriter();
    both.setErr(new PrintWriter(bothErr, true));
    assertThat(both.execute("serve", "--config", config.toString(), "--db", store.toString()))
        .isEqualTo(2);
    assertThat(bothErr.toString()).contains("not both");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }
}
