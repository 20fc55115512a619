package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The FOAF vocabulary ({@code http://xmlns.com/foaf/0.1/}): people and their names. Only the terms
 * kamergraph uses are declared.
 */
public final class FOAF {
  /** The namespace IRI. */
  public static final String NS = "http://xmlns.com/foaf/0.1/";

  private FOAF() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static final Resource Person = resource("Person");
  public static final Property name = property("name");
  public static final Property familyName = property("familyName");
  public static final Property givenName = property("givenName");
}
