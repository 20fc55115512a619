package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms kamergraph uses from the CITO vocabulary ({@code http://purl.org/spar/cito/}). */
public final class CITO {
  public static final String NS = "http://purl.org/spar/cito/";

  private CITO() {}
  public static final Property cites = ResourceFactory.createProperty(NS + "cites");
}
