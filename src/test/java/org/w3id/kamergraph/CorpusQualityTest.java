package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.evaluate.Evaluation;
import org.w3id.kamergraph.evaluate.EvaluationRenderer;
import org.w3id.kamergraph.evaluate.Evaluator;
import org.w3id.kamergraph.evaluate.Field;
import org.w3id.kamergraph.evaluate.Tally;
import org.w3id.kamergraph.rdf.ShapesValidator;

/**
 * Extraction quality on the shared gold corpus ({@code ../shared/corpus}, or the folder {@code
 * corpus} under the system property {@code kamergraph.shared}), scored as {@code kamergraph
 * evaluate} does. The floors are the figures at the time of writing rounded down to two decimals: a
 * drop below one fails; after an improvement, raise them. Skipped when the corpus is absent. The
 * corpus texts stay outside this repository.
 */
class CorpusQualityTest {
  static Path corpus;
  static Pipeline pipeline;
  static DatasetGraph extracted;
  static Evaluation evaluation;

  /**
   * Precision and F1 floors per field, from: overall F1 0.969 (P 0.988 R 0.951), named_any_type F1
   * 0.931.
   */
  static final Map<Field, double[]> FLOORS = new EnumMap<>(Field.class);

  static {
    // field -> {precision floor, F1 floor}
    FLOORS.put(Field.ZAAK, new double[] {1.00, 1.00});
    FLOORS.put(Field.SUBMITTED, new double[] {1.00, 1.00});
    FLOORS.put(Field.ANSWERED, new double[] {1.00, 1.00});
    FLOORS.put(Field.ASKERS, new double[] {1.00, 1.00});
    FLOORS.put(Field.ADDRESSEES, new double[] {1.00, 1.00});
    FLOORS.put(Field.ANSWERERS, new double[] {1.00, 1.00});
    FLOORS.put(Field.PARTIES, new double[] {1.00, 1.00});
    FLOORS.put(Field.MINISTRIES, new double[] {1.00, 1.00});
    FLOORS.put(Field.KAMERSTUKKEN, new double[] {1.00, 1.00});
    FLOORS.put(Field.QUESTION_COUNT, new double[] {1.00, 1.00});
    FLOORS.put(Field.ANSWER_COUNT, new double[] {1.00, 1.00});
    FLOORS.put(Field.PROGRAMMES, new double[] {1.00, 0.90});
    FLOORS.put(Field.REPORTS, new double[] {0.94, 0.81});
    FLOORS.put(Field.ORGANISATIONS, new double[] {0.95, 0.96});
    FLOORS.put(Field.NAMED_ANY_TYPE, new double[] {0.97, 0.93});
  }

  static final double OVERALL_F1 = 0.96;
  static final double OVERALL_P = 0.98;
  static final double OVERALL_R = 0.95;

  @BeforeAll
  static void extract() throws IOException {
    corpus = Path.of(System.getProperty("kamergraph.shared", "../shared")).resolve("corpus");
    assumeTrue(Files.isDirectory(corpus), "no gold corpus at " + corpus.toAbsolutePath());
    pipeline = Pipeline.standard();
    extracted = extractAll(pipeline);
    evaluation = new Evaluator().evaluate(extracted, corpus);
    System.out.print(new EvaluationRenderer().table(evaluation, false));
  }

  static DatasetGraph extractAll(Pipeline p) throws IOException {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    p.reference().graphs().forEach((iri, g) -> dsg.addGraph(NodeFactory.createURI(iri), g));
    List<Path> texts;
    try (Stream<Path> s = Files.list(corpus)) {
      texts = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).isNotEmpty();
    for (Path txt : texts) {
      Pipeline.Result r = p.process(txt);
      dsg.addGraph(NodeFactory.createURI(r.graphIri()), r.graph());
    }
    return dsg;
  }

  @Test
  void everyGoldDocumentIsFound() {
    assertThat(evaluation.missing()).isEmpty();
    assertThat(evaluation.found()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void overallScoresStayAboveTheirFloors() {
    Tally o = evaluation.overall();
    assertThat(o.f1()).as("overall F1").isGreaterThanOrEqualTo(OVERALL_F1);
    assertThat(o.precision()).as("overall precision").isGreaterThanOrEqualTo(OVERALL_P);
    assertThat(o.recall()).as("overall recall").isGreaterThanOrEqualTo(OVERALL_R);
  }

  @Test
  void everyFieldStaysAboveItsFloor() {
    List<String> below = new ArrayList<>();
    for (var e : FLOORS.entrySet()) {
      Tally t = evaluation.total(e.getKey());
      if (t.precision() < e.getValue()[0]) {
        below.add(e.getKey().key() + " P " + t.precision() + " < " + e.getValue()[0]);
      }
      if (t.f1() < e.getValue()[1]) {
        below.add(e.getKey().key() + " F1 " + t.f1() + " < " + e.getValue()[1]);
      }
    }
    assertThat(below).isEmpty();
  }

  @Test
  void outputConformsToTheShapes() {
    Graph all = GraphFactory.createDefaultGraph();
    extracted.find().forEachRemaining(q -> all.add(q.asTriple()));
    ValidationReport report = ShapesValidator.standard().validate(all);
    if (!report.conforms()) {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      ShLib.printReport(
          new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8), report);
      throw new AssertionError("corpus output does not conform:\n" + buf);
    }
  }

  @Test
  void aSecondExtractionGivesIsomorphicGraphs() throws IOException {
    DatasetGraph again = extractAll(Pipeline.standard());
    List<Node> names = new ArrayList<>();
    extracted.listGraphNodes().forEachRemaining(names::add);
    List<Node> namesAgain = new ArrayList<>();
    again.listGraphNodes().forEachRemaining(namesAgain::add);
    assertThat(namesAgain).containsExactlyInAnyOrderElementsOf(names);
    for (Node g : names) {
      assertThat(again.getGraph(g).isIsomorphicWith(extracted.getGraph(g)))
          .as("graph %s", g)
          .isTrue();
    }
  }
}
