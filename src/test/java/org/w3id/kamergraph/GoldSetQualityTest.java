package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.TestInstance;
import org.w3id.kamergraph.evaluate.Evaluation;
import org.w3id.kamergraph.evaluate.EvaluationRenderer;
import org.w3id.kamergraph.evaluate.Evaluator;
import org.w3id.kamergraph.evaluate.Field;
import org.w3id.kamergraph.evaluate.GoldDocuments;
import org.w3id.kamergraph.evaluate.Tally;
import org.w3id.kamergraph.rdf.ShapesValidator;

/**
 * Extraction quality on a folder of documents ({@code <id>.txt}, {@code .pdf}, … as {@link
 * GoldDocuments} lists them) + {@code <id>.gold.json}, scored as {@code kamergraph evaluate} does,
 * against floors per field: the figures reached, rounded down to two decimals. A drop below a floor
 * fails; after an improvement, raise it, never lower it. Also checks that the output conforms to
 * the shapes and that extraction is deterministic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldSetQualityTest {
  Path corpus;
  DatasetGraph extracted;
  Evaluation evaluation;

  /** The gold folder; the implementation skips (assumption) when it is absent. */
  abstract Path goldDir();

  /** The gold folder {@code name} among the test resources. */
  static Path testResources(String name) {
    return Path.of(System.getProperty("kamergraph.basedir", "."), "src/test/resources", name);
  }

  /** Field → {precision floor, F1 floor}. */
  abstract Map<Field, double[]> floors();

  /** {F1, precision, recall} floors of the overall score. */
  abstract double[] overallFloors();

  /** How many documents the folder holds at least, so a lost folder does not pass empty. */
  int minimumDocuments() {
    return 10;
  }

  /** Floors of 1.00 precision and F1 for every structured field but {@code except}. */
  static Map<Field, double[]> perfectStructure(Field... except) {
    Map<Field, double[]> f = new java.util.EnumMap<>(Field.class);
    for (Field field :
        new Field[] {
          Field.ZAAK,
          Field.SUBMITTED,
          Field.ANSWERED,
          Field.ASKERS,
          Field.ADDRESSEES,
          Field.ANSWERERS,
          Field.PARTIES,
          Field.MINISTRIES,
          Field.KAMERSTUKKEN,
          Field.QUESTION_COUNT,
          Field.ANSWER_COUNT
        }) {
      f.put(field, new double[] {1.00, 1.00});
    }
    for (Field e : except) {
      f.remove(e);
    }
    return f;
  }

  @BeforeAll
  void extract() throws IOException {
    corpus = goldDir();
    assumeTrue(Files.isDirectory(corpus), "no gold folder at " + corpus.toAbsolutePath());
    extracted = extractAll(Pipeline.standard());
    evaluation = new Evaluator().evaluate(extracted, corpus);
    System.out.print(new EvaluationRenderer().table(evaluation, false));
  }

  DatasetGraph extractAll(Pipeline p) throws IOException {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    p.reference().graphs().forEach((iri, g) -> dsg.addGraph(NodeFactory.createURI(iri), g));
    List<Path> documents = GoldDocuments.inputs(corpus);
    assertThat(documents).isNotEmpty();
    for (Path document : documents) {
      Pipeline.Result r = p.process(document);
      dsg.addGraph(NodeFactory.createURI(r.graphIri()), r.graph());
    }
    return dsg;
  }

  @Test
  void everyGoldDocumentIsFound() {
    assertThat(evaluation.missing()).isEmpty();
    assertThat(evaluation.found()).hasSizeGreaterThanOrEqualTo(minimumDocuments());
  }

  @Test
  void overallScoresStayAboveTheirFloors() {
    Tally o = evaluation.overall();
    assertThat(o.f1()).as("overall F1").isGreaterThanOrEqualTo(overallFloors()[0]);
    assertThat(o.precision()).as("overall precision").isGreaterThanOrEqualTo(overallFloors()[1]);
    assertThat(o.recall()).as("overall recall").isGreaterThanOrEqualTo(overallFloors()[2]);
  }

  @Test
  void everyFieldStaysAboveItsFloor() {
    List<String> below = new ArrayList<>();
    for (var e : floors().entrySet()) {
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
      throw new AssertionError(corpus + " output does not conform:\n" + buf);
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
