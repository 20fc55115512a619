package org.w3id.kamergraph.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs as nodes, briefly. */
final class NodeFactoryUri {
  private NodeFactoryUri() {}

  static Node of(String iri) {
    return NodeFactory.createURI(iri);
  }
}
