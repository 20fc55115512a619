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
import org.w3id.kamergraph.extract.names.Gazetteer;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.SourceDocument;
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
}
