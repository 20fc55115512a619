package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.bench.CorpusGenerator;
import org.w3id.kamergraph.store.QueryLibrary;
import org.w3id.kamergraph.store.StandaloneFuseki;

/**
 * The union-default-graph decision, tested: the same documents built into a local store and, with
 * {@code build --endpoint}, into the standalone Fuseki server as {@code docker/fuseki/config.ttl}
 * configures it, give the same rows for every library query. The one exception is the full-text
 * search, whose index (and Dutch analyser) only {@code kamergraph serve} has.
 */
class StandaloneLibraryQueriesTest {
  /** Queries that need kamergraph's own full-text index. */
  static final List<String> NEED_TEXT_INDEX = List.of("search-question-text");

  @TempDir static Path tmp;
  static StandaloneFuseki fuseki;
  static Path db;
  static String endpoint;

  @BeforeAll
  static void load() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    new CorpusGenerator().generate(120, 11, in);
    try (Stream<Path> s = Files.list(CliTest.EXAMPLES)) {
      for (Path p :
          s.filter(p -> !p.toString().endsWith(".json") && !p.endsWith("README.md")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    db = tmp.resolve("db");
    CliTest.Run local = CliTest.run("build", in.toString(), "--db", db.toString());
    assertThat(local.exit()).as(local.all()).isZero();
    fuseki = StandaloneFuseki.start(Files.createDirectories(tmp.resolve("fuseki")));
    Path pw = tmp.resolve("pw");
    Files.writeString(pw, StandaloneFuseki.PASSWORD + "\n");
    String dataset = fuseki.dataset().toString();
    CliTest.Run remote =
        CliTest.run(
            "build",
            in.toString(),
            "--endpoint",
            dataset,
            "--user",
            StandaloneFuseki.USER,
            "--password-file",
            pw.toString());
    assertThat(remote.exit()).as(remote.all()).isZero();
    endpoint = dataset + "/sparql";
  }

  @AfterAll
  static void stop() throws Exception {
    if (fuseki != null) {
      fuseki.close();
    }
  }

  @Test
  void everyLibraryQueryGivesTheSameRowsOnTheStandaloneServer() {
    List<String> differ = new ArrayList<>();
    int nonEmpty = 0;
    List<QueryLibrary.Entry> all = new QueryLibrary().all();
    for (QueryLibrary.Entry e : all) {
      if (NEED_TEXT_INDEX.contains(e.name())) {
        continue;
      }
      Map<Integer, String> lists = groupConcatColumns(e.text());
      List<String> here = rows("--db", db.toString(), e.name(), lists);
      List<String> there = rows("--endpoint", endpoint, e.name(), lists);
      if (!here.equals(there)) {
        List<String> onlyHere = new ArrayList<>(here);
        onlyHere.removeAll(there);
        List<String> onlyThere = new ArrayList<>(there);
        onlyThere.removeAll(here);
        differ.add(e.name() + ": only here " + onlyHere + "; only there " + onlyThere);
      }
      if (here.size() > 1) {
        nonEmpty++;
      }
    }
    assertThat(differ).isEmpty();
    // the comparison means something only if most queries return rows on this corpus
    assertThat(nonEmpty).isGreaterThan((all.size() - NEED_TEXT_INDEX.size()) * 3 / 4);
  }

  /**
   * The header and the rows as TSV, sorted (ties may come back in another order), the items of each
   * GROUP_CONCAT column sorted too: SPARQL leaves their order to the store, and two stores with the
   * same quads hold them in another order.
   */
  private static List<String> rows(
      String where, String target, String query, Map<Integer, String> lists) {
    CliTest.Run r = CliTest.run("query", query, where, target, "--format", "tsv");
    assertThat(r.exit()).as(query + " " + where + ": " + r.all()).isZero();
    List<String> lines = new ArrayList<>(r.out().lines().toList());
    String header = lines.remove(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      lists.forEach(
          (column, separator) -> {
            String cell = cells[column];
            if (cell.length() > 1 && cell.startsWith("\"") && cell.endsWith("\"")) {
              List<String> items =
                  new ArrayList<>(
                      List.of(
                          cell.substring(1, cell.length() - 1).split(Pattern.quote(separator))));
              items.sort(null);
              cells[column] = "\"" + String.join(separator, items) + "\"";
            }
          });
      out.add(String.join("\t", cells));
    }
    out.sort(null);
    out.add(0, header);
    return out;
  }

  /** The result columns (by position) a GROUP_CONCAT fills, with its separator. */
  private static Map<Integer, String> groupConcatColumns(String text) {
    Query q = QueryFactory.create(text);
    Map<Integer, String> out = new HashMap<>();
    if (!q.isSelectType()) {
      return out;
    }
    Map<Var, String> separators = new HashMap<>();
    for (ExprAggregator a : q.getAggregators()) {
      if (a.getAggregator() instanceof AggGroupConcat g) {
        separators.put(a.getVar(), g.getSeparator() == null ? " " : g.getSeparator());
      } else if (a.getAggregator() instanceof AggGroupConcatDistinct g) {
        separators.put(a.getVar(), g.getSeparator() == null ? " " : g.getSeparator());
      }
    }
    List<Var> vars = q.getProjectVars();
    for (int i = 0; i < vars.size(); i++) {
      Expr e = q.getProject().getExpr(vars.get(i));
      java.util.Set<Var> mentioned = new java.util.HashSet<>();
      if (e instanceof ExprAggregator a) {
        mentioned.add(a.getVar());
      } else if (e != null) {
        mentioned.addAll(e.getVarsMentioned());
      }
      for (Var v : mentioned) {
        if (separators.containsKey(v)) {
          out.put(i, separators.get(v));
        }
      }
    }
    return out;
  }
}
