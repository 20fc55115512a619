package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Time Ontology ({@code http://www.w3.org/2006/time#}), the range of {@code
 * org:memberDuring}: membership periods. Only the terms kamergraph uses are declared.
 */
public final class TIME {
  /** The namespace IRI. */
  public static final String NS = "http://www.w3.org/2006/time#";

  private TIME() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static final Resource Interval = resource("Interval");
  public static final Resource Instant = resource("Instant");
  public static final Property hasBeginning = property("hasBeginning");
  public static final Property hasEnd = property("hasEnd");
  public static final Property inXSDDate = property("inXSDDate");
}
