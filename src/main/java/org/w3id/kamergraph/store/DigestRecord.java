package org.w3id.kamergraph.store;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.kamergraph.rdf.KG;

/**
 * The store's record of the digest of each reference graph a build wrote, in a graph of its own:
 * {@code <reference graph> kg:referenceDigest "digest"}. A build compares the digest of the
 * reference graphs it would write with the record instead of reading the stored graphs back (0.4 s
 * on every build of a 60,000-document store, most of a one-document rebuild). The record is trusted
 * as a document's {@code kg:contentHash} is: a graph written outside a build ({@link
 * OutsideWrites}) or a build with {@code --verify-graphs} compares the graphs themselves. Callers
 * hold the dataset's transaction.
 */
public final class DigestRecord {
  /** The graph of the record. */
  public static final String GRAPH = KG.ID + "graph/referentiedigests";

  static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);

  private DigestRecord() {}

  /** The digest recorded for {@code graphIri}, if any. */
  static Optional<String> read(DatasetGraph dataset, String graphIri) {
    var it =
        dataset.find(
            GRAPH_NODE, NodeFactory.createURI(graphIri), KG.referenceDigest.asNode(), Node.ANY);
    try {
      return it.hasNext()
          ? Optional.of(it.next().getObject().getLiteralLexicalForm())
          : Optional.empty();
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }

  /** The quad recording {@code digest} for {@code graphIri}. */
  static Quad quad(String graphIri, String digest) {
    return Quad.create(
        GRAPH_NODE,
        NodeFactory.createURI(graphIri),
        KG.referenceDigest.asNode(),
        NodeFactory.createLiteralString(digest));
  }

  /** Replaces the record of {@code graphIri} with {@code digest}. */
  static void write(DatasetGraph dataset, String graphIri, String digest) {
    dataset.deleteAny(
        GRAPH_NODE, NodeFactory.createURI(graphIri), KG.referenceDigest.asNode(), Node.ANY);
    dataset.add(quad(graphIri, digest));
  }
}
