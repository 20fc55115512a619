package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms kamergraph uses from the NIF vocabulary ({@code http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#}). */
public final class NIF {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  private NIF() {}
  public static final Resource String = ResourceFactory.createResource(NS + "String");
  public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
  public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
  public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
}
