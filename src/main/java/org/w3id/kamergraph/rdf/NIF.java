package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF core vocabulary ({@code …/nif-core#}): where in the text a mention stands, and the text
 * itself. Only the terms kamergraph uses are declared.
 */
public final class NIF {
  /** The namespace IRI. */
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  private NIF() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  public static final Resource String = resource("String");

  /** A whole text ({@code <doc>/tekst}), whose characters {@link #isString} gives. */
  public static final Resource Context = resource("Context");

  /** The characters of a {@link #Context}: a document's whole text. */
  public static final Property isString = property("isString");

  public static final Property beginIndex = property("beginIndex");
  public static final Property endIndex = property("endIndex");
  public static final Property anchorOf = property("anchorOf");
}
