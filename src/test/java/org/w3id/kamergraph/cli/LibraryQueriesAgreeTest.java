package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.kamergraph.bench.CorpusGenerator;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The library queries that read the build's tallies and marks (graphs …/id/graph/statistiek and
 * …/id/graph/zaken) give the same rows as the formulations they replaced, which count over every
 * document (kept in {@code src/test/resources/kamergraph/oracle-queries}), on a store of a
 * generated corpus (postponements, unanswered questions, several askers) and the examples. Columns
 * compared are those both have; rows as multisets (ties may order differently).
 */
class LibraryQueriesAgreeTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path ORACLES = BASE.resolve("src/test/resources/kamergraph/oracle-queries");

  @TempDir static Path tmp;
  static Path db;

  @BeforeAll
  static void build() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    new CorpusGenerator().generate(400, 7, in);
    try (Stream<Path> s = Files.list(BASE.resolve("examples"))) {
      for (Path p :
          s.filter(p -> !p.toString().endsWith(".json") && !p.endsWith("README.md")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    db = tmp.resolve("db");
    assertThat(CliTest.run("build", in.toString(), "--db", db.toString()).exit()).isZero();
  }

  static Stream<String> oracles() throws IOException {
    try (Stream<Path> s = Files.list(ORACLES)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("oracles")
  void sameRowsAsCountingOverEveryDocument(String file) throws IOException {
    Query old =
        QueryFactory.create(Files.readString(ORACLES.resolve(file), StandardCharsets.UTF_8));
    Query now =
        QueryFactory.create(
            Files.readString(BASE.resolve("queries").resolve(file), StandardCharsets.UTF_8));
    List<String> shared = new ArrayList<>(now.getResultVars());
    shared.retainAll(old.getResultVars());
    try (TdbStore store = TdbStore.open(db)) {
      List<String> want = rows(store, old, shared);
      List<String> got = rows(store, now, shared);
      assertThat(want).as("the old formulation finds rows at all").isNotEmpty();
      assertThat(got).as("%s, columns %s", file, shared).containsExactlyInAnyOrderElementsOf(want);
    }
  }

  private static List<String> rows(TdbStore store, Query q, List<String> vars) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          List<String> out = new ArrayList<>();
          try (QueryExecution qe =
              QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                  .query(q)
                  .build()) {
            qe.execSelect()
                .forEachRemaining(
                    (QuerySolution s) -> {
                      StringBuilder b = new StringBuilder();
                      for (String v : vars) {
                        b.append(v).append('=').append(value(s.get(v))).append(' ');
                      }
                      out.add(b.toString());
                    });
          }
          return out;
        });
  }

  /**
   * Numbers by value (an average may be 12.50 or 12.5), a list joined by " / " (GROUP_CONCAT) as a
   * sorted list (the order of a group's values is not defined), everything else as written.
   */
  private static String value(RDFNode n) {
    if (n == null) {
      return "-";
    }
    if (n.isLiteral()) {
      Literal l = n.asLiteral();
      if (l.getValue() instanceof Number) {
        return new BigDecimal(l.getLexicalForm()).stripTrailingZeros().toPlainString();
      }
      String[] parts = l.getLexicalForm().split(" / ");
      java.util.Arrays.sort(parts);
      return String.join(" / ", parts);
    }
    return n.toString();
  }
}
