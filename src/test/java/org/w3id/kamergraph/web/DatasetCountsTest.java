package org.w3id.kamergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.rdf.KG;

/**
 * The counts of a store that is not TDB2 (counted through its nodes): every quad once, whether it
 * sits in a named graph or in the default graph; document graphs counted apart from the others.
 */
class DatasetCountsTest {
  @Test
  void aStoreOtherThanTdb2IsCountedQuadByQuad() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    Node doc = uri(KG.ID + "document/a");
    Node other = uri("https://example.org/graph/reference");
    Node cls = uri("https://example.org/C");
    ds.add(Quad.create(doc, uri("https://example.org/s1"), RDF.type.asNode(), cls));
    ds.add(Quad.create(doc, uri("https://example.org/s1"), uri("https://example.org/p"), cls));
    ds.add(Quad.create(other, uri("https://example.org/s2"), RDF.type.asNode(), cls));
    ds.add(Quad.create(other, uri("https://example.org/s1"), RDF.type.asNode(), cls));
    ds.add(
        Quad.create(
            Quad.defaultGraphIRI,
            uri("https://example.org/s3"),
            uri("https://example.org/p"),
            uri("https://example.org/o")));

    DatasetDescription.Counts counts = DatasetDescription.Counts.of(ds);

    assertThat(counts.quads()).isEqualTo(5);
    assertThat(counts.documentGraphs()).isEqualTo(1);
    assertThat(counts.graphs()).isEqualTo(Map.of(other.getURI(), 2L));
    assertThat(counts.classes()).isEqualTo(Map.of(cls.getURI(), 2L));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
