package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.rdf.ShapesValidator;
import org.w3id.kamergraph.store.TdbStore;

/**
 * End to end: the examples built into a store, the fixture export imported; the right members are
 * linked to their TK persons, the namesake and the ambiguous pair are not, and building or
 * importing again changes nothing. Also prints the coverage the README quotes.
 */
class TkImportTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path EXAMPLES = BASE.resolve("examples");
  static final Path EXPORT = BASE.resolve("src/test/resources/opendata/export");
  static final String LID = KG.ID + "persoon/";

  @TempDir Path tmp;

  @Test
  void membersAreLinkedToTheRightTkPersonsAndNothingChangesTheSecondTime() {
    List<String> failures = new ArrayList<>();
    try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
      TestBuilds.build(
          Pipeline.standard(), store, List.of(EXAMPLES), (f, e) -> failures.add(f + ": " + e));
      TkImporter importer = new TkImporter(ReferenceData.load(), store);
      TkImporter.Report first = importer.importFiles(List.of(EXPORT));
      assertThat(failures).isEmpty();
      assertThat(first.failures()).isEmpty();
      assertThat(first.changed()).isTrue();
      assertThat(first.readPerEntitySet())
          .containsEntry("Persoon", 9) // the deletion record counts as read
          .containsEntry("FractieZetelPersoon", 9);

      Map<String, String> links = links(store);
      assertThat(links)
          .containsOnly(
              Map.entry(LID + "hoekstein/tk2023/lid", person(1)),
              Map.entry(LID + "kemal/tk2023/lid", person(3)),
              Map.entry(LID + "van-dorsten/tk2023/lid", person(4)),
              Map.entry(LID + "oudeman/tk2021/lid", person(5)));
      assertThat(first.memberLinks()).isEqualTo(4);
      System.out.printf(
          "coverage: %d of %d members named in the examples linked%n",
          links.size(), members(store));

      Graph before = snapshot(store);
      Map<String, Long> perClass = new TreeMap<>();
      before
          .find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)
          .forEachRemaining(t -> perClass.merge(t.getObject().getURI(), 1L, Long::sum));
      System.out.println("instances per class after build + import: " + perClass);
      TkImporter.Report again = importer.importFiles(List.of(EXPORT));
      assertThat(again.changed()).isFalse();
      Build.Report rebuilt =
          TestBuilds.build(
              Pipeline.standard(), store, List.of(EXAMPLES), (f, e) -> failures.add(f + ": " + e));
      assertThat(rebuilt.written()).isZero();
      assertThat(TestBuilds.memberLinks(store)).isEqualTo(4);
      assertThat(snapshot(store).isIsomorphicWith(before)).isTrue();

      ValidationReport report =
          Txn.calculateRead(
              store.dataset(), () -> ShapesValidator.standard().validate(merged(store)));
      assertThat(report.conforms()).as("SHACL on the store with the TK graph").isTrue();
    }
  }

  @Test
  void importingBeforeBuildingLinksAtTheBuild() {
    try (TdbStore store = TdbStore.open(tmp.resolve("db2"))) {
      new TkImporter(ReferenceData.load(), store).importFiles(List.of(EXPORT));
      Build.Report r = TestBuilds.build(Pipeline.standard(), store, List.of(EXAMPLES));
      assertThat(TestBuilds.memberLinks(store)).isEqualTo(4);
      assertThat(links(store)).doesNotContainKey(LID + "schreuder-maat/tk2021/lid");
    }
  }

  private static String person(int n) {
    return TkIris.person("a0000000-0000-4000-8000-00000000000" + n);
  }

  private static Map<String, String> links(TdbStore store) {
    Map<String, String> out = new TreeMap<>();
    Txn.executeRead(
        store.dataset(),
        () ->
            store
                .dataset()
                .getGraph(NodeFactory.createURI(TestBuilds.MEMBER_LINKS))
                .find(Node.ANY, OWL.sameAs.asNode(), Node.ANY)
                .forEachRemaining(t -> out.put(t.getSubject().getURI(), t.getObject().getURI())));
    return out;
  }

  private static long members(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () ->
            store.dataset().stream()
                .filter(q -> q.getSubject().isURI() && q.getSubject().getURI().startsWith(LID))
                .map(q -> q.getSubject().getURI())
                .distinct()
                .count());
  }

  private static Graph snapshot(TdbStore store) {
    return Txn.calculateRead(store.dataset(), () -> merged(store));
  }

  private static Graph merged(TdbStore store) {
    Graph g = GraphFactory.createDefaultGraph();
    store.dataset().find().forEachRemaining(q -> g.add(q.asTriple()));
    return g;
  }
}
