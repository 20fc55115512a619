package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms kamergraph uses from the PROV vocabulary ({@code http://www.w3.org/ns/prov#}). */
public final class PROV {
  public static final String NS = "http://www.w3.org/ns/prov#";

  private PROV() {}
  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
  public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
  public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
  public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
}
