package org.w3id.kamergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the fictional fixture in {@code src/test/resources/evaluate} (see its README). The
 * expected numbers were worked out by hand and then confirmed by running shared/tools/score.py on
 * the same files; {@code score-py.txt} is that run's output.
 */
class EvaluatorTest {
  private static final Path DIR = Path.of("src/test/resources/evaluate");
  private static Evaluation evaluation;

  @BeforeAll
  static void evaluate() {
    Dataset ds = RDFDataMgr.loadDataset(DIR.resolve("extracted.trig").toString());
    evaluation = new Evaluator().evaluate(ds, DIR.resolve("gold"));
  }

  /** tp / pred / gold per field, as score.py printed them. */
  private static final Map<Field, Tally> SCORE_PY =
      Map.ofEntries(
          Map.entry(Field.ZAAK, new Tally(1, 2, 2)),
          Map.entry(Field.SUBMITTED, new Tally(1, 1, 3)),
          Map.entry(Field.ANSWERED, new Tally(0, 2, 1)),
          Map.entry(Field.ASKERS, new Tally(3, 4, 5)),
          Map.entry(Field.ADDRESSEES, new Tally(3, 3, 4)),
          Map.entry(Field.ANSWERERS, new Tally(1, 2, 2)),
          Map.entry(Field.PARTIES, new Tally(4, 5, 7)),
          Map.entry(Field.MINISTRIES, new Tally(2, 4, 4)),
          Map.entry(Field.KAMERSTUKKEN, new Tally(2, 3, 5)),
          Map.entry(Field.PROGRAMMES, new Tally(1, 1, 1)),
          Map.entry(Field.REPORTS, new Tally(1, 2, 2)),
          Map.entry(Field.ORGANISATIONS, new Tally(1, 2, 5)),
          Map.entry(Field.NAMED_ANY_TYPE, new Tally(4, 5, 5)),
          Map.entry(Field.QUESTION_COUNT, new Tally(1, 2, 3)),
          Map.entry(Field.ANSWER_COUNT, new Tally(2, 2, 2)));

  @Test
  void everyFieldCountsAsScorePy() {
    for (Field f : Field.values()) {
      assertThat(evaluation.total(f)).as(f.key()).isEqualTo(SCORE_PY.get(f));
    }
  }

  @Test
  void overallAsScorePy() {
    Tally o = evaluation.overall();
    assertThat(o).isEqualTo(new Tally(24, 35, 43));
    // score.py --json: p 0.6857142857142857, r 0.5581395348837209, f1 0.6153846153846153
    assertThat(o.precision()).isCloseTo(0.6857142857142857, within(1e-12));
    assertThat(o.recall()).isCloseTo(0.5581395348837209, within(1e-12));
    assertThat(o.f1()).isCloseTo(0.6153846153846153, within(1e-12));
  }

  @Test
  void tableIsScorePysOutput() throws IOException {
    String expected = Files.readString(DIR.resolve("score-py.txt"), StandardCharsets.UTF_8);
    assertThat(new EvaluationRenderer().table(evaluation, false)).isEqualTo(expected);
  }

  @Test
  void missingDocumentCountsEveryGoldItemAsMissed() {
    assertThat(evaluation.missing()).containsExactly("ah-tk-fict-0003");
    DocumentResult d = evaluation.documents().get(2);
    assertThat(d.found()).isFalse();
    assertThat(d.fields().get(Field.ANSWERERS).tally()).isEqualTo(new Tally(0, 0, 1));
    assertThat(d.fields().get(Field.QUESTION_COUNT).tally()).isEqualTo(new Tally(0, 0, 1));
    // as in score.py, a missing document adds nothing to these two
    assertThat(d.fields()).doesNotContainKeys(Field.NAMED_ANY_TYPE, Field.ANSWER_COUNT);
  }

  @Test
  void aliasesBorderlineAndNewsSourcesInTheFirstDocument() {
    DocumentResult d = evaluation.documents().get(0);
    // CPB matches Centraal Planbureau through ALIASES; gemeente Zeestad (BORDERLINE) and
    // Dagblad Noord (news source) are dropped; Acme is the one extra
    FieldScore orgs = d.fields().get(Field.ORGANISATIONS);
    assertThat(orgs.tally()).isEqualTo(new Tally(1, 2, 2));
    assertThat(orgs.extras()).containsExactly("Acme Logistiek BV");
    assertThat(orgs.missed()).containsExactly("Autoriteit Persoonsgegevens");
    // typed as a report, the AP still counts once the type is ignored
    assertThat(d.fields().get(Field.NAMED_ANY_TYPE).tally()).isEqualTo(new Tally(4, 5, 4));
  }

  @Test
  void verboseListsMissesAndExtras() {
    DocumentResult d = evaluation.documents().get(0);
    assertThat(d.fields().get(Field.KAMERSTUKKEN).missed()).containsExactly("21501-20-2019");
    assertThat(d.fields().get(Field.KAMERSTUKKEN).extras()).containsExactly("kst-32024-1031");
    assertThat(d.fields().get(Field.ASKERS).missed())
        .containsExactly("Bakker (Partij voor de Dieren)");
    assertThat(d.fields().get(Field.ASKERS).extras()).containsExactly("De Vries [VVD]");
    assertThat(d.fields().get(Field.ANSWERED).missed()).containsExactly("2099-02-03");
    assertThat(d.fields().get(Field.ANSWERED).extras()).containsExactly("2099-02-01");
    String table = new EvaluationRenderer().table(evaluation, true);
    assertThat(table).startsWith("## ah-tk-fict-0001\n");
    assertThat(table).contains("   parties: tp=3 pred=4 gold=4 missed=[SGP] extras=[VVD]\n");
  }

  @Test
  void groupedAnswerCoversTwoQuestions() {
    DocumentResult d = evaluation.documents().get(0);
    assertThat(d.fields().get(Field.QUESTION_COUNT).tp()).isEqualTo(1);
    assertThat(d.fields().get(Field.ANSWER_COUNT).tp()).isEqualTo(1);
  }

  @Test
  void jsonHasScorePysSummaryKeys() {
    String json = new EvaluationRenderer().json(evaluation, false);
    assertThat(json).contains("\"named_any_type\"", "\"overall\"", "\"f1\"", "\"tp\" : 4");
  }
}
