package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.rdf.KG;

/** Questions published alone meet their answers published later: one zaak, linked. */
class ZaakLinksBuildTest {
  private static final String DOC = KG.ID + "document/";
  private static final String HEADER =
      "Vragen van het lid Van Tol (VVD) aan de Minister van Financiën over spaarrente "
          + "(ingezonden 4 maart 2024).\n\n";

  @TempDir Path tmp;

  @Test
  void answersInTheAanhangselAreLinkedToTheQuestionsPublishedEarlier() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    write(
        in,
        "kv-tk-2024Z01111.txt",
        HEADER + "Vraag 1\nKent u het bericht?\n\nVraag 2\nKlopt het?\n\nVraag 3\nWat doet u?\n");
    write(
        in,
        "ah-tk-20232024-8801.txt",
        HEADER
            + "Antwoord van Minister Mol (Financiën) (ontvangen 20 maart 2024).\n\n"
            + "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\nVraag 2\nKlopt het?\n\nAntwoord 2\nNee.\n");
    // same day, another asker: other questions
    write(
        in,
        "ah-tk-20232024-8802.txt",
        HEADER.replace("Van Tol (VVD)", "Bakir (SP)")
            + "Antwoord van Minister Mol (Financiën) (ontvangen 21 maart 2024).\n\nVraag 1\nWaarom?\n\nAntwoord 1\nDaarom.\n");
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report r = TestBuilds.build(Pipeline.standard(), store, List.of(in));
      assertThat(TestBuilds.zaakLinks(store)).isEqualTo(3);
      Txn.executeRead(
          store.dataset(),
          () -> {
            Graph links = store.dataset().getGraph(NodeFactory.createURI(TestBuilds.ZAAK_LINKS));
            assertThat(
                    links.contains(
                        uri(DOC + "ah-tk-20232024-8801"),
                        KG.zaak.asNode(),
                        uri(KG.ID + "zaak/2024Z01111")))
                .isTrue();
            assertThat(
                    links.contains(
                        uri(DOC + "kv-tk-2024Z01111/vraag/1"),
                        KG.answeredIn.asNode(),
                        uri(DOC + "ah-tk-20232024-8801/antwoord/1")))
                .isTrue();
            assertThat(
                    links.contains(
                        uri(DOC + "kv-tk-2024Z01111/vraag/2"),
                        KG.answeredIn.asNode(),
                        uri(DOC + "ah-tk-20232024-8801/antwoord/2")))
                .isTrue();
            assertThat(
                    links.contains(
                        uri(DOC + "kv-tk-2024Z01111/vraag/3"), KG.answeredIn.asNode(), Node.ANY))
                .isFalse();
            assertThat(links.contains(uri(DOC + "ah-tk-20232024-8802"), KG.zaak.asNode(), Node.ANY))
                .isFalse();
          });
      // a second build derives the same links and writes nothing
      Build.Report again = TestBuilds.build(Pipeline.standard(), store, List.of(in), (f, e) -> {});
      assertThat(again.written()).isZero();
      assertThat(TestBuilds.zaakLinks(store)).isEqualTo(3);
    }
  }

  @Test
  void twoZakenThatFitEquallyLinkNothing() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    write(in, "kv-tk-2024Z01111.txt", HEADER + "Vraag 1\nKent u het bericht?\n");
    write(in, "kv-tk-2024Z02222.txt", HEADER + "Vraag 1\nKent u het rapport?\n");
    write(
        in,
        "ah-tk-20232024-8801.txt",
        HEADER
            + "Antwoord van Minister Mol (Financiën) (ontvangen 20 maart 2024).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n");
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      Build.Report r = TestBuilds.build(Pipeline.standard(), store, List.of(in), (f, e) -> {});
      assertThat(TestBuilds.zaakLinks(store)).isZero();
    }
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
