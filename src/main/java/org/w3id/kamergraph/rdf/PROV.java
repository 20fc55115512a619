package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C provenance vocabulary ({@code http://www.w3.org/ns/prov#}): what a graph was derived from
 * and how. Only the terms kamergraph uses are declared.
 */
public final class PROV {
  /** The namespace IRI. */
  public static final String NS = "http://www.w3.org/ns/prov#";

  private PROV() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static final Resource Entity = resource("Entity");
  public static final Resource Activity = resource("Activity");
  public static final Property wasDerivedFrom = property("wasDerivedFrom");
  public static final Property wasGeneratedBy = property("wasGeneratedBy");
}
