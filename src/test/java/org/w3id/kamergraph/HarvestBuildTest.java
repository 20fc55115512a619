package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.harvest.FixtureServer;
import org.w3id.kamergraph.harvest.HarvestListener;
import org.w3id.kamergraph.harvest.HarvestOptions;
import org.w3id.kamergraph.harvest.HarvestReport;
import org.w3id.kamergraph.harvest.Harvester;
import org.w3id.kamergraph.store.TdbStore;

/**
 * End to end: harvest from the local stand-in server, then build the harvested folder into a TDB2
 * store. The metadata saved next to each document links the questions to their answers and gives
 * the dates their text lacks.
 */
class HarvestBuildTest {
  static final String DOC = "https://w3id.org/kamergraph/id/document/";

  @TempDir Path tmp;

  @Test
  void buildOfAHarvestedFolderLinksQuestionsToAnswersAndTakesDatesFromMetadata() {
    Path corpus = tmp.resolve("corpus");
    try (FixtureServer server = new FixtureServer()) {
      HarvestReport h =
          new Harvester(
                  new HarvestOptions(
                      server.sru(),
                      server.repository(),
                      server.metadata(),
                      LocalDate.of(2024, 1, 1),
                      LocalDate.of(2024, 1, 31),
                      HarvestOptions.DATE_INDEX,
                      List.of(),
                      corpus,
                      Duration.ZERO,
                      2,
                      Duration.ofMillis(10),
                      Duration.ofSeconds(5),
                      2,
                      "kamergraph-test"))
              .run(silent());
      assertThat(h.failures()).isEmpty();
    }
    List<String> failures = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report r =
          TestBuilds.build(
              Pipeline.standard(), store, List.of(corpus), (f, e) -> failures.add(f + ": " + e));
      assertThat(failures).isEmpty();
      assertThat(r.added()).as("five documents; the metadata files are not documents").isEqualTo(5);

      assertThat(
              select(store, "SELECT ?q ?a { GRAPH ?g { ?q kg:answerDocument ?a } } ORDER BY ?q ?a"))
          .containsExactly(
              DOC + "kv-tk-2024Z00101 " + DOC + "ah-tk-20232024-901",
              DOC + "kv-tk-2024Z00102 " + DOC + "ah-tk-20232024-902");
      assertThat(
              select(
                  store, "SELECT ?d ?s { GRAPH ?g { ?d dcterms:dateSubmitted ?s } } ORDER BY ?d"))
          .containsExactly(
              DOC + "ah-tk-20232024-901 2024-01-08",
              DOC + "ah-tk-20232024-902 2024-01-11",
              DOC + "kv-tk-2024Z00101 2024-01-08",
              DOC + "kv-tk-2024Z00102 2024-01-11",
              DOC + "kv-tk-2024Z00103 2024-01-19");
      assertThat(select(store, "SELECT ?d ?s { GRAPH ?g { ?d kg:dateAnswered ?s } } ORDER BY ?d"))
          .containsExactly(
              DOC + "ah-tk-20232024-901 2024-01-29", DOC + "ah-tk-20232024-902 2024-02-02");
      assertThat(
              select(
                  store,
                  "SELECT ?d ?n { GRAPH ?g { ?d a kg:AnswerDocument ; kg:zaak ?z ."
                      + " ?z dcterms:identifier ?n } } ORDER BY ?d"))
          .as("the answers' own zaak, from OVERHEIDop.vraagnummer")
          .containsExactly(
              DOC + "ah-tk-20232024-901 2024Z00101", DOC + "ah-tk-20232024-902 2024Z00102");

      Build.Report again =
          TestBuilds.build(
              Pipeline.standard(), store, List.of(corpus), (f, e) -> failures.add(f + ": " + e));
      assertThat(again.unchanged()).isEqualTo(5);
    }
  }

  private static List<String> select(TdbStore store, String query) {
    String prefixes =
        "PREFIX kg: <https://w3id.org/kamergraph/def#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    List<String> rows = new ArrayList<>();
    Txn.executeRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                  .query(prefixes + query)
                  .build()) {
            var rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            rs.forEachRemaining(
                (QuerySolution s) -> {
                  List<String> cells = new ArrayList<>();
                  for (String v : vars) {
                    cells.add(
                        s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm()
                            : s.get(v).toString());
                  }
                  rows.add(String.join(" ", cells));
                });
          }
        });
    return rows;
  }

  private static HarvestListener silent() {
    return new HarvestListener() {
      @Override
      public void planned(int files) {}

      @Override
      public void done(Path file, Outcome outcome, String detail) {}
    };
  }
}
