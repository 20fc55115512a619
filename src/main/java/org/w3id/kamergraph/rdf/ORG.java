package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Organization Ontology ({@code http://www.w3.org/ns/org#}): parties, ministries, posts and
 * memberships. Only the terms kamergraph uses are declared.
 */
public final class ORG {
  /** The namespace IRI. */
  public static final String NS = "http://www.w3.org/ns/org#";

  private ORG() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static final Resource Organization = resource("Organization");
  public static final Resource FormalOrganization = resource("FormalOrganization");
  public static final Resource Post = resource("Post");
  public static final Resource Membership = resource("Membership");
  public static final Property memberOf = property("memberOf");
  public static final Property holds = property("holds");
  public static final Property postIn = property("postIn");
  public static final Property memberDuring = property("memberDuring");
  public static final Property member = property("member");
  public static final Property organization = property("organization");
}
