package org.w3id.kamergraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.extract.AskerExtractor;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.extract.QuestionAnswerExtractor;
import org.w3id.kamergraph.extract.TestDocuments;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.resolve.IriMinter;
import org.w3id.kamergraph.resolve.ResolvedDocument;
import org.w3id.kamergraph.resolve.Resolver;

class DocumentGraphWriterTest {
  private static final String TEXT =
      "\uD83D\uDE00 Vragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld.\n\n"
          + "Vraag 1\nKent u het bericht? \uD83D\uDEB2\n\nVraag 2 en 3\nWaarom? En wanneer?\n\n"
          + "Antwoord 1\nJa.\n\nAntwoord 2 en 3\nOmdat het moet.\n";
  private static final String DOC = KG.ID + "document/test";

  private final Resolver resolver =
      new Resolver(TestDocuments.LEXICON, Gazetteer.load(), new IriMinter(KG.ID));
  private final DocumentGraphWriter writer = new DocumentGraphWriter("test-1");

  private ResolvedDocument resolved() {
    SourceDocument doc = TestDocuments.document("test", TEXT);
    DocumentFacts.Builder sink = new DocumentFacts.Builder(doc);
    ExtractionContext context = new ExtractionContext(doc, TestDocuments.LEXICON);
    for (Extractor e : List.<Extractor>of(new AskerExtractor(), new QuestionAnswerExtractor())) {
      e.extract(context, sink);
    }
    return resolver.resolve(sink.build());
  }

  private Model model() {
    return ModelFactory.createModelForGraph(writer.write(resolved()));
  }

  private static int codePoints(int utf16) {
    return TEXT.codePointCount(0, utf16);
  }

  @Test
  void mentionOffsetsAreCodePointsAfterASurrogatePair() {
    Model m = model();
    Resource member =
        m.listSubjectsWithProperty(FOAF.familyName, "Kemal").toList().stream()
            .findFirst()
            .orElseThrow();
    List<Resource> mentions = m.listSubjectsWithProperty(KG.refersTo, member).toList();
    assertThat(mentions).hasSize(1);
    Resource mention = mentions.get(0);
    int utf16 = TEXT.indexOf("Kemal");
    assertThat(utf16).isEqualTo(22);
    assertThat(mention.getRequiredProperty(NIF.beginIndex).getInt()).isEqualTo(21);
    assertThat(mention.getRequiredProperty(NIF.endIndex).getInt()).isEqualTo(26);
    assertThat(mention.getRequiredProperty(NIF.anchorOf).getString()).isEqualTo("Kemal");
    assertThat(mention.getRequiredProperty(KG.inDocument).getResource().getURI()).isEqualTo(DOC);
  }

  @Test
  void everyAnchorIsTheTextBetweenItsCodePointOffsets() {
    Model m = model();
    List<Resource> mentions = m.listSubjectsWithProperty(RDF.type, KG.Mention).toList();
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(2);
    for (Resource r : mentions) {
      int begin = r.getRequiredProperty(NIF.beginIndex).getInt();
      int end = r.getRequiredProperty(NIF.endIndex).getInt();
      String span =
          TEXT.substring(TEXT.offsetByCodePoints(0, begin), TEXT.offsetByCodePoints(0, end));
      assertThat(r.getRequiredProperty(NIF.anchorOf).getString()).isEqualTo(span);
    }
  }

  @Test
  void questionNumbersAreIntegers() {
    Literal n =
        model().createResource(DOC + "/vraag/1").getRequiredProperty(KG.number).getLiteral();
    assertThat(n.getDatatypeURI()).isEqualTo(XSDDatatype.XSDinteger.getURI());
    assertThat(n.getLexicalForm()).isEqualTo("1");
  }

  @Test
  void groupedQuestionIsOneQuestionPerNumber() {
    Model m = model();
    assertThat(m.listSubjectsWithProperty(RDF.type, KG.Question).mapWith(Resource::getURI).toList())
        .containsExactlyInAnyOrder(DOC + "/vraag/1", DOC + "/vraag/2", DOC + "/vraag/3");
    assertThat(m.listObjectsOfProperty(m.createResource(DOC), KG.hasQuestion).toList()).hasSize(3);
    Resource q3 = m.createResource(DOC + "/vraag/3");
    assertThat(q3.getRequiredProperty(KG.hasAnswer).getResource().getURI())
        .isEqualTo(DOC + "/antwoord/3");
    assertThat(q3.getRequiredProperty(KG.text).getString()).isEqualTo("Waarom? En wanneer?");
    // the bicycle after question 1 shifts later offsets by one more code point
    int begin = TEXT.indexOf("Waarom?");
    assertThat(q3.getRequiredProperty(NIF.beginIndex).getInt())
        .isEqualTo(codePoints(begin))
        .isEqualTo(begin - 2);
  }

  @Test
  void sameInputGivesTheSameGraph() {
    Graph a = writer.write(resolved());
    Graph b = writer.write(resolved());
    assertThat(a.isIsomorphicWith(b)).isTrue();
    assertThat(a.size()).isEqualTo(b.size());
  }

  @Test
  void theTextIsInTheGraphAndEverySpanPointsIntoIt() {
    Model m = model();
    Resource context = m.createResource(DOC).getRequiredProperty(KG.textContext).getResource();
    assertThat(context.getURI()).isEqualTo(DOC + "/tekst");
    assertThat(context.hasProperty(RDF.type, NIF.Context)).isTrue();
    assertThat(context.getRequiredProperty(NIF.isString).getString()).isEqualTo(TEXT);
    assertThat(context.getRequiredProperty(NIF.endIndex).getInt())
        .isEqualTo(TEXT.codePointCount(0, TEXT.length()));
    List<Resource> spans =
        m.listSubjectsWithProperty(NIF.beginIndex).toList().stream()
            .filter(r -> !r.equals(context))
            .toList();
    assertThat(spans).hasSizeGreaterThanOrEqualTo(8); // mentions, questions and answers
    assertThat(spans).allSatisfy(r -> assertThat(r.hasProperty(NIF.referenceContext, context)));
  }

  @Test
  void sparqlFindsEachAnchorInTheGraphsOwnTextAfterSurrogatePairs() {
    Model m = model();
    String q =
        "PREFIX nif: <"
            + NIF.NS
            + "> SELECT (COUNT(*) AS ?n) (SUM(IF(STR(?a) = SUBSTR(?s, ?b + 1, ?e - ?b), 1, 0)) AS"
            + " ?same) WHERE { ?m nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ;"
            + " nif:referenceContext/nif:isString ?s }";
    try (var exec = org.apache.jena.query.QueryExecution.model(m).query(q).build()) {
      var row = exec.execSelect().next();
      assertThat(row.getLiteral("n").getInt()).isGreaterThanOrEqualTo(2);
      assertThat(row.getLiteral("same").getInt()).isEqualTo(row.getLiteral("n").getInt());
    }
  }

  @Test
  void theShapesRefuseAnOffsetThatDoesNotFitTheText() {
    Model m = model();
    // one document's graph alone lacks the reference data other shapes ask for: only this one
    // counts
    assertThat(ShapesValidator.standard().validate(m.getGraph()).getEntries())
        .noneSatisfy(e -> assertThat(e.message()).contains("does not fit its context"));
    Resource mention = m.listSubjectsWithProperty(RDF.type, KG.Mention).next();
    int begin = mention.getRequiredProperty(NIF.beginIndex).getInt();
    mention.removeAll(NIF.beginIndex);
    mention.addLiteral(
        NIF.beginIndex,
        m.createTypedLiteral(String.valueOf(begin + 1), XSDDatatype.XSDnonNegativeInteger));
    var report = ShapesValidator.standard().validate(m.getGraph());
    assertThat(report.conforms()).isFalse();
    assertThat(report.getEntries())
        .anySatisfy(e -> assertThat(e.message()).contains("does not fit its context"));
  }
}
