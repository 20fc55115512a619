package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms kamergraph uses from the FOAF vocabulary ({@code http://xmlns.com/foaf/0.1/}). */
public final class FOAF {
  public static final String NS = "http://xmlns.com/foaf/0.1/";

  private FOAF() {}
  public static final Resource Person = ResourceFactory.createResource(NS + "Person");
  public static final Property name = ResourceFactory.createProperty(NS + "name");
  public static final Property familyName = ResourceFactory.createProperty(NS + "familyName");
  public static final Property givenName = ResourceFactory.createProperty(NS + "givenName");
}
