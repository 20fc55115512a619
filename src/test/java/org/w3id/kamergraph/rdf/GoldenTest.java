package org.w3id.kamergraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.kamergraph.Pipeline;

/**
 * Golden cases: each file in {@code examples/} through {@link Pipeline#process(Path)}, compared by
 * isomorphism with {@code src/test/resources/golden/<file name>.trig}, the hand-reviewed expected
 * graph (see the README there). A mismatch prints a sorted N-Triples diff. Each output is also
 * checked to be the same when run twice, and all of them with the reference graphs to conform to
 * the SHACL shapes.
 *
 * <p>{@code -Dkamergraph.golden.write=true} writes the current outputs over the expected files:
 * only to start a new case or after a deliberate change, and always followed by reviewing the diff,
 * or it blesses whatever bug is there.
 */
class GoldenTest {
  static final Path BASEDIR = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path EXAMPLES = BASEDIR.resolve("examples");
  static final Path GOLDEN = BASEDIR.resolve("src/test/resources/golden");
  static Pipeline pipeline;
  static List<Path> cases;

  @BeforeAll
  static void setUp() {
    pipeline = Pipeline.standard();
    cases = pipeline.ingestor().collect(List.of(EXAMPLES));
  }

  @Test
  void everyExampleHasAGoldenCase() throws IOException {
    assertThat(cases).hasSize(5);
    List<String> expected;
    try (Stream<Path> s = Files.list(GOLDEN)) {
      expected =
          s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".trig")).sorted().toList();
    }
    assertThat(expected)
        .containsExactlyElementsOf(
            cases.stream().map(p -> p.getFileName() + ".trig").sorted().toList());
    assertThat(GOLDEN.resolve("README.md")).exists();
  }

  @TestFactory
  List<DynamicTest> outputMatchesTheExpectedGraph() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : cases) {
      tests.add(
          DynamicTest.dynamicTest(
              file.getFileName().toString(),
              () -> {
                Pipeline.Result r = pipeline.process(file);
                Path golden = GOLDEN.resolve(file.getFileName() + ".trig");
                Graph actual = withoutBuildStamp(r.graph());
                if (Boolean.getBoolean("kamergraph.golden.write")) {
                  write(golden, r.graphIri(), actual);
                }
                DatasetGraph expected = RDFDataMgr.loadDatasetGraph(golden.toString(), Lang.TRIG);
                List<Node> names = new ArrayList<>();
                expected.listGraphNodes().forEachRemaining(names::add);
                assertThat(names)
                    .as("%s holds one graph named by the document IRI", golden)
                    .containsExactly(NodeFactory.createURI(r.graphIri()));
                assertThat(r.graph().find(Node.ANY, KG.contentHash.asNode(), Node.ANY).toList())
                    .singleElement()
                    .satisfies(
                        t ->
                            assertThat(t.getObject().getLiteralLexicalForm())
                                .matches("[0-9a-f]{64}"));
                assertThat(
                        r.graph().find(Node.ANY, KG.extractorVersion.asNode(), Node.ANY).toList())
                    .hasSize(1);
                assertIsomorphic(
                    file.getFileName().toString(),
                    actual,
                    withoutBuildStamp(expected.getGraph(names.get(0))));
              }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> runningTwiceGivesTheSameGraph() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : cases) {
      tests.add(
          DynamicTest.dynamicTest(
              file.getFileName().toString(),
              () -> {
                Graph first = pipeline.process(file).graph();
                Graph second = Pipeline.standard().process(file).graph();
                assertIsomorphic(file.getFileName() + " (second run)", second, first);
              }));
    }
    return tests;
  }

  @Test
  void expectedAndActualOutputsConformToTheShapes() {
    ShapesValidator validator = ShapesValidator.standard();
    Graph expected = GraphFactory.createDefaultGraph();
    Graph actual = GraphFactory.createDefaultGraph();
    pipeline
        .reference()
        .graphs()
        .values()
        .forEach(
            g ->
                g.find()
                    .forEachRemaining(
                        t -> {
                          expected.add(t);
                          actual.add(t);
                        }));
    for (Path file : cases) {
      RDFDataMgr.loadDatasetGraph(
              GOLDEN.resolve(file.getFileName() + ".trig").toString(), Lang.TRIG)
          .find()
          .forEachRemaining(q -> expected.add(q.asTriple()));
      pipeline.process(file).graph().find().forEachRemaining(actual::add);
    }
    assertConforms("expected golden graphs", validator.validate(expected));
    assertConforms("pipeline outputs", validator.validate(actual));
  }

  @Test
  void theDiffNamesMissingAndExtraTriples() {
    Graph a = GraphFactory.createDefaultGraph();
    Graph b = GraphFactory.createDefaultGraph();
    Node s = NodeFactory.createURI("http://example.org/s");
    Node p = NodeFactory.createURI("http://example.org/p");
    a.add(Triple.create(s, p, NodeFactory.createLiteralString("same")));
    b.add(Triple.create(s, p, NodeFactory.createLiteralString("same")));
    a.add(Triple.create(s, p, NodeFactory.createLiteralString("only actual")));
    b.add(Triple.create(s, p, NodeFactory.createLiteralString("only expected")));
    String diff = diff(a, b);
    assertThat(diff)
        .contains("- <http://example.org/s> <http://example.org/p> \"only expected\" .")
        .contains("+ <http://example.org/s> <http://example.org/p> \"only actual\" .")
        .doesNotContain("\"same\"");
  }

  /**
   * The graph without what depends on the build rather than the document: the extractor version,
   * the content hash made with it, and the graph digest that covers both. Golden files pin what was
   * extracted.
   */
  static Graph withoutBuildStamp(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find()
        .filterDrop(
            t ->
                t.getPredicate().equals(KG.contentHash.asNode())
                    || t.getPredicate().equals(KG.extractorVersion.asNode())
                    || t.getPredicate().equals(KG.graphDigest.asNode()))
        .forEachRemaining(out::add);
    return out;
  }

  static void assertIsomorphic(String what, Graph actual, Graph expected) {
    if (!actual.isIsomorphicWith(expected)) {
      throw new AssertionError(
          what + ": the graph differs from the expected one\n" + diff(actual, expected));
    }
  }

  /** Sorted N-Triples lines: "- " expected but missing, "+ " extra in the actual graph. */
  static String diff(Graph actual, Graph expected) {
    TreeSet<String> a = lines(actual);
    TreeSet<String> e = lines(expected);
    StringBuilder out = new StringBuilder();
    TreeSet<String> missing = new TreeSet<>(e);
    missing.removeAll(a);
    TreeSet<String> extra = new TreeSet<>(a);
    extra.removeAll(e);
    out.append("missing (")
        .append(missing.size())
        .append(" lines in the expected graph, not in the output):\n");
    missing.forEach(l -> out.append("- ").append(l).append('\n'));
    out.append("extra (")
        .append(extra.size())
        .append(" lines in the output, not in the expected graph):\n");
    extra.forEach(l -> out.append("+ ").append(l).append('\n'));
    if (missing.isEmpty() && extra.isEmpty()) {
      out.append("(same lines: the graphs differ only in blank nodes)\n");
    }
    return out.toString();
  }

  private static TreeSet<String> lines(Graph g) {
    TreeSet<String> out = new TreeSet<>();
    Iterator<Triple> it = g.find();
    while (it.hasNext()) {
      Triple t = it.next();
      out.add(
          NodeFmtLib.strNT(t.getSubject())
              + " "
              + NodeFmtLib.strNT(t.getPredicate())
              + " "
              + NodeFmtLib.strNT(t.getObject())
              + " .");
    }
    return out;
  }

  private static void assertConforms(String what, ValidationReport report) {
    if (!report.conforms()) {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      ShLib.printReport(
          new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8), report);
      throw new AssertionError(what + " do not conform to ontology/shapes.ttl:\n" + buf);
    }
  }

  private static void write(Path golden, String graphIri, Graph graph) throws IOException {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    dsg.addGraph(NodeFactory.createURI(graphIri), graph);
    dsg.prefixes().putAll(Prefixes.standard());
    Files.createDirectories(golden.getParent());
    try (OutputStream out = Files.newOutputStream(golden)) {
      RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
    }
  }
}
