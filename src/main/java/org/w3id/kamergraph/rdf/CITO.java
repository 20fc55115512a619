package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Citation Typing Ontology ({@code http://purl.org/spar/cito/}): a document citing a Kamerstuk.
 * Only the terms kamergraph uses are declared.
 */
public final class CITO {
  /** The namespace IRI. */
  public static final String NS = "http://purl.org/spar/cito/";

  private CITO() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static final Property cites = property("cites");
}
