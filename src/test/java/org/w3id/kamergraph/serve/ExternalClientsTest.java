package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients nobody here wrote, with their default settings, against the real server on the examples:
 * SPARQLWrapper (Python) for every query form and return format it offers, and Comunica finding out
 * by itself what kind of source the endpoint is. Neither may fail or warn.
 *
 * <p>They need {@code python3} (or {@code KAMERGRAPH_PYTHON}) with SPARQLWrapper (Debian: {@code
 * python3-sparqlwrapper}) and Comunica's {@code comunica-sparql} (npm:
 * {@code @comunica/query-sparql}, on the PATH or named by {@code KAMERGRAPH_COMUNICA}); where one
 * is missing its test is skipped with a message, unless {@code KAMERGRAPH_CLIENT_TESTS=required}
 * (as CI sets it, after installing both).
 */
class ExternalClientsTest {
  static final Path SCRIPT =
      Path.of(System.getProperty("kamergraph.basedir", "."))
          .resolve("src/test/resources/clients/sparqlwrapper-check.py");

  @TempDir static Path tmp;
  static ExamplesServer examples;
  static String endpoint;

  @BeforeAll
  static void start() {
    examples = ExamplesServer.start(tmp);
    endpoint = examples.server().queryUrl();
  }

  @AfterAll
  static void stop() {
    if (examples != null) {
      examples.close();
    }
  }

  @Test
  void sparqlWrapperWithItsDefaultsNeitherFailsNorWarns() throws Exception {
    String python = System.getenv().getOrDefault("KAMERGRAPH_PYTHON", "python3");
    Run probe = run(List.of(python, "-c", "import SPARQLWrapper"));
    available(
        probe.exit() == 0, "python3 with SPARQLWrapper (apt-get install python3-sparqlwrapper)");
    Run r = run(List.of(python, SCRIPT.toString(), endpoint));
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).contains("ok CONSTRUCT as n3", "ok DESCRIBE as default");
  }

  @Test
  void comunicaFindsTheEndpointWithoutAWarning() throws Exception {
    String comunica = System.getenv().getOrDefault("KAMERGRAPH_COMUNICA", "comunica-sparql");
    Run probe = run(List.of(comunica, "--version")); // prints its version table, exits 1
    available(
        probe.output().contains("Comunica Engine"),
        "Comunica's comunica-sparql (npm install -g @comunica/query-sparql)");
    // no "sparql@" hint: Comunica reads the endpoint's service description to know what it is
    Run r =
        run(
            List.of(
                comunica,
                endpoint,
                "PREFIX kg: <https://w3id.org/kamergraph/def#>"
                    + " SELECT ?doc WHERE { ?doc a kg:Document } ORDER BY ?doc"));
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).doesNotContain("WARN").doesNotContain("ERROR");
    String json = r.output().substring(r.output().indexOf('['));
    assertThat(JSON.parseAny(json).getAsArray()).hasSize(5);
  }

  private static void available(boolean found, String what) {
    String why = "external client test skipped: needs " + what;
    if (!found && "required".equals(System.getenv("KAMERGRAPH_CLIENT_TESTS"))) {
      throw new IllegalStateException(why.replace("skipped", "required"));
    }
    assumeTrue(found, why);
  }

  record Run(int exit, String output) {}

  /** Runs a command, its output and errors together, for at most two minutes. */
  private static Run run(List<String> command) throws InterruptedException {
    try {
      Path out = Files.createTempFile(tmp, "client", ".log");
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Run(-1, "timed out: " + Files.readString(out, StandardCharsets.UTF_8));
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Run(-1, e.toString()); // the program is not there
    }
  }
}
