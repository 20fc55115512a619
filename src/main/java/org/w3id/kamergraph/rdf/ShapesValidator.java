package org.w3id.kamergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * Validates graphs against kamergraph's SHACL shapes ({@code ontology/shapes.ttl}, packaged at
 * {@code kamergraph/ontology/shapes.ttl}). Parsed once; thread-safe.
 */
public final class ShapesValidator {
  private static final String SHAPES = "kamergraph/ontology/shapes.ttl";
  private final Shapes shapes;

  private ShapesValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  public static ShapesValidator standard() {
    try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
      if (in == null) {
        throw new KamergraphException(SHAPES + " is missing from the class path; rebuild the jar");
      }
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return new ShapesValidator(Shapes.parse(g));
    } catch (IOException e) {
      throw new KamergraphException("cannot read " + SHAPES + ": " + e.getMessage(), e);
    }
  }

  /** Validates one graph (for a dataset: the union of its graphs). */
  public ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(shapes, data);
  }
}
