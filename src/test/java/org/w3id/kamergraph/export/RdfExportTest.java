package org.w3id.kamergraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The store written as RDF and read back with Jena's own parsers: JSON-LD (Jena's JSON-LD 1.1
 * reader) is the same dataset as the TriG, N-Triples the same graph as all graphs merged.
 */
class RdfExportTest {
  @TempDir static Path dir;
  static TdbStore store;

  @BeforeAll
  static void build() {
    store = TdbStore.open(dir.resolve("db"));
    TestBuilds.build(Pipeline.standard(), store, List.of(NetworkExportTest.EXAMPLES));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String export(String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Txn.executeRead(
        store.dataset(), () -> RdfExport.write(store.dataset(), RdfExport.format(format), out));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static DatasetGraph parse(String text, Lang lang) {
    DatasetGraph d = DatasetGraphFactory.createGeneral();
    RDFParser.create().source(new StringReader(text)).lang(lang).parse(d);
    return d;
  }

  @Test
  void jsonLdReadsBackAsTheTriG() {
    DatasetGraph trig = parse(export("trig"), Lang.TRIG);
    String json = export("jsonld");
    DatasetGraph jsonLd = parse(json, Lang.JSONLD11);
    assertThat(org.apache.jena.atlas.iterator.Iter.iter(trig.listGraphNodes()).toList())
        .hasSizeGreaterThan(5);
    assertThat(org.apache.jena.atlas.iterator.Iter.iter(jsonLd.listGraphNodes()).toList())
        .containsExactlyInAnyOrderElementsOf(
            org.apache.jena.atlas.iterator.Iter.iter(trig.listGraphNodes()).toList());
    assertThat(IsoMatcher.isomorphic(trig, jsonLd)).as("JSON-LD and TriG datasets").isTrue();
    // compacted with the context: terms, not full IRIs
    assertThat(json).contains("\"askedBy\"").doesNotContain("\"" + KG.askedBy.getURI() + "\"");
  }

  @Test
  void trigReadsBackAsTheStore() {
    DatasetGraph trig = parse(export("trig"), Lang.TRIG);
    DatasetGraph nq = parse(export("nq"), Lang.NQUADS);
    Txn.executeRead(
        store.dataset(),
        () -> {
          store
              .dataset()
              .listGraphNodes()
              .forEachRemaining(
                  g ->
                      assertThat(trig.getGraph(g).isIsomorphicWith(store.dataset().getGraph(g)))
                          .as(g.getURI())
                          .isTrue());
          assertThat(org.apache.jena.atlas.iterator.Iter.iter(trig.listGraphNodes()).toList())
              .hasSameSizeAs(
                  org.apache.jena.atlas.iterator.Iter.iter(store.dataset().listGraphNodes())
                      .toList());
        });
    assertThat(IsoMatcher.isomorphic(trig, nq)).isTrue();
  }

  @Test
  void nTriplesAreEveryGraphMergedOnce() {
    String nt = export("nt");
    Graph read = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(nt)).lang(Lang.NTRIPLES).parse(read);
    DatasetGraph trig = parse(export("trig"), Lang.TRIG);
    Graph merged = GraphFactory.createDefaultGraph();
    trig.find().forEachRemaining(q -> merged.add(q.asTriple()));
    assertThat(read.isIsomorphicWith(merged)).isTrue();
    List<String> lines = nt.lines().filter(l -> !l.isBlank()).toList();
    Set<String> distinct = new HashSet<>(lines);
    assertThat(lines).as("no triple twice").hasSameSizeAs(distinct);
    long quads = org.apache.jena.atlas.iterator.Iter.toList(trig.find()).size();
    assertThat(lines.size()).as("some triples are in several graphs").isLessThan((int) quads);
  }
}
