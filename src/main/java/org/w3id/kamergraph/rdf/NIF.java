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

  /** The whole text of a document, which every span in it points into. */
  public static final Resource Context = resource("Context");

  /** On a {@link #Context}: the text itself, so every offset can be checked against the graph. */
  public static final Property isString = property("isString");

  /** On a span (a mention, a question, an answer, a footnote): the context its offsets count in. */
  public static final Property referenceContext = property("referenceContext");

  public static final Property beginIndex = property("beginIndex");
  public static final Property endIndex = property("endIndex");
  public static final Property anchorOf = property("anchorOf");
}
