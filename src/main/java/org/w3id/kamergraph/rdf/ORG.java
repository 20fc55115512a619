package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms kamergraph uses from the ORG vocabulary ({@code http://www.w3.org/ns/org#}). */
public final class ORG {
  public static final String NS = "http://www.w3.org/ns/org#";

  private ORG() {}
  public static final Resource Post = ResourceFactory.createResource(NS + "Post");
  public static final Resource FormalOrganization = ResourceFactory.createResource(NS + "FormalOrganization");
  public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
  public static final Resource Membership = ResourceFactory.createResource(NS + "Membership");
  public static final Property memberOf = ResourceFactory.createProperty(NS + "memberOf");
  public static final Property holds = ResourceFactory.createProperty(NS + "holds");
  public static final Property postIn = ResourceFactory.createProperty(NS + "postIn");
  public static final Property memberDuring = ResourceFactory.createProperty(NS + "memberDuring");
}
