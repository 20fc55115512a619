package org.w3id.kamergraph.link;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.kamergraph.rdf.KG;

/**
 * The documents of a store as they now stand, read one at a time through the store's indexes and
 * remembered for one update: what an update reads is what the changed documents touch.
 */
final class StoreFacts {
  private final DatasetGraph view;
  private final Map<String, Optional<DocFacts>> docs = new HashMap<>();

  StoreFacts(DatasetGraph view) {
    this.view = view;
  }

  /** The document as it now stands, or empty if the store no longer holds it. */
  Optional<DocFacts> doc(String iri) {
    return docs.computeIfAbsent(iri, k -> Optional.ofNullable(FactsReader.one(view, k)));
  }

  /** The documents submitted on {@code date}. */
  Set<String> submittedOn(Node date) {
    return FactsReader.documentsWith(view, DCTerms.dateSubmitted.asNode(), date);
  }

  /** The documents that name {@code zaak} themselves. */
  Set<String> naming(String zaak) {
    return FactsReader.documentsWith(view, KG.zaak.asNode(), NodeFactoryUri.of(zaak));
  }

  /** The documents in whose graph {@code subject} has type {@code type}. */
  Set<String> graphsWithType(String subject, Node type) {
    Set<String> out = new java.util.TreeSet<>();
    view.find(
            Node.ANY,
            NodeFactoryUri.of(subject),
            org.apache.jena.vocabulary.RDF.type.asNode(),
            type)
        .forEachRemaining(q -> out.add(q.getGraph().getURI()));
    return out;
  }

  DatasetGraph view() {
    return view;
  }
}
