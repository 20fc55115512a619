package org.w3id.kamergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.bench.SyntheticDocument.Kind;
import org.w3id.kamergraph.bench.SyntheticDocument.Layout;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;

/** The synthetic corpus is deterministic, varied, and read back correctly by the extractors. */
class CorpusGeneratorTest {
  @TempDir Path tmp;

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherDocuments() throws IOException {
    CorpusGenerator g = new CorpusGenerator();
    g.generate(150, 7, tmp.resolve("a"));
    g.generate(150, 7, tmp.resolve("b"));
    g.generate(150, 8, tmp.resolve("c"));
    Map<String, String> a = read(tmp.resolve("a"));
    assertThat(a).hasSize(300); // a document and its gold file each
    assertThat(read(tmp.resolve("b"))).isEqualTo(a);
    assertThat(read(tmp.resolve("c"))).isNotEqualTo(a);
  }

  @Test
  void everyKindAndLayoutOccursAndAnswersFollowTheirQuestions() {
    List<SyntheticDocument> docs = new CorpusGenerator().documents(400, 1);
    assertThat(docs).hasSize(400);
    assertThat(docs.stream().map(SyntheticDocument::kind).distinct()).hasSize(Kind.values().length);
    assertThat(docs.stream().map(SyntheticDocument::layout).distinct())
        .hasSize(Layout.values().length);
    assertThat(docs.stream().map(SyntheticDocument::id).distinct()).hasSize(400);
    for (SyntheticDocument d : docs) {
      if (d.received() != null) {
        assertThat(d.received()).isAfter(d.submitted());
      }
    }
    assertThat(docs.get(0).submitted().getYear()).isEqualTo(2010);
    assertThat(docs.get(docs.size() - 1).submitted().getYear()).isEqualTo(2025);
  }

  /**
   * The extractors find what the generator wrote: askers, question and answer counts, the
   * submission date, in every layout. A generator whose documents the extractors misread would
   * measure the wrong thing.
   */
  @Test
  void theExtractorsReadBackWhatWasWritten() throws IOException {
    Path dir = tmp.resolve("corpus");
    CorpusGenerator g = new CorpusGenerator();
    List<SyntheticDocument> docs = g.documents(120, 3);
    g.generate(120, 3, dir);
    Pipeline pipeline = Pipeline.standard();
    List<String> wrong = new ArrayList<>();
    for (SyntheticDocument d : docs) {
      Graph graph = pipeline.process(dir.resolve(d.id() + "." + d.layout().extension)).graph();
      Node doc = NodeFactory.createURI(pipeline.documentIri(d.id()));
      TreeSet<String> askers = new TreeSet<>();
      graph
          .find(doc, KG.askedBy.asNode(), Node.ANY)
          .mapWith(Triple::getObject)
          .forEachRemaining(
              m ->
                  graph
                      .find(m, FOAF.familyName.asNode(), Node.ANY)
                      .forEachRemaining(t -> askers.add(t.getObject().getLiteralLexicalForm())));
      TreeSet<String> expected = new TreeSet<>();
      d.askers().forEach(a -> expected.add(a.name()));
      int questions = graph.find(doc, KG.hasQuestion.asNode(), Node.ANY).toList().size();
      int answers = graph.find(Node.ANY, KG.hasAnswer.asNode(), Node.ANY).toList().size();
      String submitted =
          graph.find(doc, DCTerms.dateSubmitted.asNode(), Node.ANY).toList().stream()
              .map(t -> t.getObject().getLiteralLexicalForm())
              .findFirst()
              .orElse(null);
      if (!askers.equals(expected)
          || questions != d.questions().size()
          || answers != d.answers().size()
          || !d.submitted().toString().equals(submitted)) {
        wrong.add(
            d.id()
                + " "
                + d.layout()
                + ": askers "
                + askers
                + " want "
                + expected
                + ", questions "
                + questions
                + "/"
                + d.questions().size()
                + ", answers "
                + answers
                + "/"
                + d.answers().size()
                + ", submitted "
                + submitted
                + "/"
                + d.submitted());
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return out;
  }
}
