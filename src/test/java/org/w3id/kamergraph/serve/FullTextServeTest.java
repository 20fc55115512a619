package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.store.TdbStore;

/**
 * {@code text:query} over HTTP, on the embedded Fuseki serving a store built from the example
 * documents under the default (read-only) policy: full text joined with graph patterns gives the
 * rows the same patterns give with the word matched by a regular expression instead.
 */
class FullTextServeTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");
  static final String PREFIXES =
      """
      PREFIX text: <http://jena.apache.org/text#>
      PREFIX kg:   <https://w3id.org/kamergraph/def#>
      PREFIX foaf: <http://xmlns.com/foaf/0.1/>
      """;

  /** Questions whose answer has the word, with the names of the document's askers. */
  static final String ASKERS =
      """
      SELECT DISTINCT ?question ?name WHERE {
        %s
        ?question kg:hasAnswer ?answer .
        ?doc kg:hasQuestion ?question ; kg:askedBy ?member .
        ?member foaf:name ?name .
      }
      """;

  @TempDir static Path tmp;
  static TdbStore store;
  static KamergraphServer server;

  @BeforeAll
  static void start() {
    store = TdbStore.open(tmp.resolve("db"));
    Build.Report r = TestBuilds.build(Pipeline.standard(), store, List.of(EXAMPLES));
    assertThat(r.added()).isEqualTo(5);
    server = KamergraphServer.builder(store.dataset()).port(0).host("127.0.0.1").start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static Set<String> rows(String where) {
    Set<String> out = new TreeSet<>();
    try (QueryExecutionHTTP qe =
        QueryExecutionHTTP.service(server.queryUrl())
            .query(PREFIXES + ASKERS.formatted(where))
            .build()) {
      qe.execSelect()
          .forEachRemaining(
              (QuerySolution s) ->
                  out.add(
                      s.getResource("question").getURI() + " " + s.getLiteral("name").getString()));
    }
    return out;
  }

  private static Set<String> byText(String word) {
    return rows("(?answer ?score) text:query (kg:text \"" + word + "\") .");
  }

  private static Set<String> byRegex(String word) {
    return rows(
        "?answer kg:text ?t FILTER(REGEX(?t, \"(^|[^\\\\p{L}])"
            + word
            + "([^\\\\p{L}]|$)\", \"i\")) .");
  }

  @Test
  void fullTextJoinedWithGraphPatternsGivesTheRowsTheStoreHolds() {
    for (String word : List.of("miljoen", "huishoudens", "groeifonds")) {
      assertThat(byText(word)).as(word).isEqualTo(byRegex(word)).isNotEmpty();
    }
    assertThat(byText("zeppelinhaven")).isEmpty();
  }

  @Test
  void theDefaultFieldSearchesTitlesAndNamesToo() {
    Set<String> subjects = new TreeSet<>();
    try (QueryExecutionHTTP qe =
        QueryExecutionHTTP.service(server.queryUrl())
            .query(PREFIXES + "SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query \"hoekstein\" }")
            .build()) {
      qe.execSelect()
          .forEachRemaining(
              s -> {
                assertThat(s.getLiteral("lit").getString()).containsIgnoringCase("hoekstein");
                subjects.add(s.getResource("s").getURI());
              });
    }
    assertThat(subjects).isNotEmpty();
  }
}
