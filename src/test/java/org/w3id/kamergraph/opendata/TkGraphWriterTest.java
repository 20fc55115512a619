package org.w3id.kamergraph.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.rdf.TIME;

/** The fixture export as the TK reference graph. */
class TkGraphWriterTest {
  static final Path EXPORT = Path.of("src/test/resources/opendata/export");

  private static TkGraphWriter.Result write() {
    TkExport export = new TkExportReader().read(List.of(EXPORT));
    assertThat(export.failures()).isEmpty();
    return new TkGraphWriter(ReferenceData.load().lexicon()).write(export);
  }

  @Test
  void personsFractiesAndMemberships() {
    TkGraphWriter.Result r = write();
    assertThat(r.persons()).isEqualTo(7); // 8 read, Verhoef-Lim deleted
    assertThat(r.fracties()).isEqualTo(8);
    assertThat(r.partyLinks()).isEqualTo(7); // all but Brinkman
    assertThat(r.memberships()).isEqualTo(8); // 9 read, Verhoef-Lim's skipped
    Graph g = r.graph();
    Node vanDorsten = uri(TkIris.person("a0000000-0000-4000-8000-000000000004"));
    assertThat(literal(g, vanDorsten, FOAF.familyName.asNode())).isEqualTo("Van Dorsten");
    assertThat(literal(g, vanDorsten, FOAF.name.asNode())).isEqualTo("Pim van Dorsten");
    assertThat(g.contains(vanDorsten, Node.ANY, KG.Member.asNode())).isTrue();
    assertThat(g.contains(uri(TkIris.person("a0000000-0000-4000-8000-000000000007")), null, null))
        .isFalse();
  }

  @Test
  void aReformedGroupMatchesTheSamePartyAndBrinkmanNone() {
    Graph g = write().graph();
    Node d66 = uri(KG.ID + "partij/d66");
    for (String f : List.of("3", "4")) {
      Node fractie = uri(TkIris.fractie("f0000000-0000-4000-8000-00000000000" + f));
      assertThat(g.contains(fractie, SKOS.exactMatch.asNode(), d66)).isTrue();
    }
    Node brink = uri(TkIris.fractie("f0000000-0000-4000-8000-000000000008"));
    assertThat(g.contains(brink, SKOS.exactMatch.asNode(), Node.ANY)).isFalse();
  }

  @Test
  void invertedDatesAreSwappedWithAWarning() {
    TkGraphWriter.Result r = write();
    String m = "c0000000-0000-4000-8000-000000000004";
    assertThat(r.warnings()).anyMatch(w -> w.contains(m) && w.contains("swapped"));
    Node begin = uri(TkIris.period(m) + "/begin");
    assertThat(literal(r.graph(), begin, TIME.inXSDDate.asNode())).isEqualTo("2021-03-31");
    assertThat(r.warnings()).anyMatch(w -> w.contains("c0000000-0000-4000-8000-000000000007"));
  }

  @Test
  void theSameExportGivesTheSameGraph() {
    assertThat(write().graph().isIsomorphicWith(write().graph())).isTrue();
  }

  private static String literal(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
