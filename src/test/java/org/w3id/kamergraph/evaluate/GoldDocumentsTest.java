package org.w3id.kamergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.rdf.KG;

/**
 * A gold file scores its document in any input format, not only {@code <id>.txt}: gold sets hold
 * PDFs and official XML too. Two files of one id are refused, naming both.
 */
class GoldDocumentsTest {
  private static final String GOLD =
      """
      {"id": "%s", "zaak": [], "submitted": null, "answered": null, "askers": [],
       "parties": [], "addressees": [], "answerers": [], "ministries": [], "kamerstukken": [],
       "programmes": [], "reports": [], "organisations": [], "question_count": 0,
       "answer_count": 0}
      """;

  @TempDir Path dir;

  @Test
  void idOfEveryInputExtension() {
    for (String ext : new String[] {"txt", "md", "html", "htm", "xml", "pdf", "PDF"}) {
      assertThat(GoldDocuments.idOf("ah-tk-20232024-1031." + ext)).hasValue("ah-tk-20232024-1031");
    }
    assertThat(GoldDocuments.idOf("ah-tk-20232024-1031.metadata.xml"))
        .hasValue("ah-tk-20232024-1031.metadata");
    assertThat(GoldDocuments.idOf("ah-tk-20232024-1031.gold.json")).isEmpty();
    assertThat(GoldDocuments.idOf("notes.docx")).isEmpty();
    assertThat(GoldDocuments.idOf(".txt")).isEmpty();
  }

  @Test
  void inputsAreTheDocumentsThatHaveAGoldFile() throws IOException {
    gold("a");
    gold("b");
    Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4");
    Files.writeString(dir.resolve("b.xml"), "<officiele-publicatie/>");
    Files.writeString(dir.resolve("b.metadata.xml"), "<metadata_gegevens/>");
    Files.writeString(dir.resolve("README.md"), "# not a document");
    Files.writeString(dir.resolve("c.txt"), "no gold for this one");
    assertThat(GoldDocuments.inputs(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.pdf", "b.xml");
  }

  @Test
  void aGoldFileMatchesItsDocumentInAnyFormat() throws IOException {
    gold("kv-tk-2024Z00101");
    gold("ah-tk-20232024-901");
    gold("ah-tk-20232024-902");
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    document(dsg, "kv-tk-2024Z00101.xml");
    document(dsg, "ah-tk-20232024-901.pdf");
    document(dsg, "ah-tk-20232024-902.htm");
    Evaluation e = new Evaluator().evaluate(dsg, dir);
    assertThat(e.found())
        .extracting(DocumentResult::id)
        .containsExactly("ah-tk-20232024-901", "ah-tk-20232024-902", "kv-tk-2024Z00101");
    assertThat(e.missing()).isEmpty();
  }

  @Test
  void twoFilesOfOneIdAreAnErrorNamingBoth() throws IOException {
    gold("ah-tk-20232024-901");
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    document(dsg, "ah-tk-20232024-901.txt");
    document(dsg, "ah-tk-20232024-901.pdf");
    assertThatThrownBy(() -> new Evaluator().evaluate(dsg, dir))
        .isInstanceOf(KamergraphException.class)
        .hasMessageContaining("ah-tk-20232024-901.gold.json")
        .hasMessageContaining("ah-tk-20232024-901.pdf and ah-tk-20232024-901.txt");
  }

  @Test
  void aFileWithoutAnInputExtensionIsNotMatched() throws IOException {
    gold("ah-tk-20232024-901");
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    document(dsg, "ah-tk-20232024-901.docx");
    assertThat(new Evaluator().evaluate(dsg, dir).missing()).containsExactly("ah-tk-20232024-901");
  }

  private void gold(String id) throws IOException {
    Files.writeString(
        dir.resolve(id + GoldReader.SUFFIX), GOLD.formatted(id), StandardCharsets.UTF_8);
  }

  /** A document graph holding only what the matching reads: the type and the source file. */
  private static void document(DatasetGraph dsg, String file) {
    Node doc = NodeFactory.createURI("https://w3id.org/kamergraph/id/document/" + file);
    Graph g = GraphFactory.createDefaultGraph();
    g.add(doc, RDF.type.asNode(), KG.Document.asNode());
    g.add(doc, KG.sourceFile.asNode(), NodeFactory.createLiteralString(file));
    dsg.addGraph(doc, g);
  }
}
