package org.w3id.kamergraph.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.w3id.kamergraph.model.UsageException;

/**
 * A value a library query takes, declared in its opening comment as {@code # Parameter NAME (TYPE):
 * what it is}, and filled into the query's {@code VALUES ?NAME { … }} line, whose values are the
 * defaults.
 *
 * @param name the variable the VALUES line binds, without {@code ?}
 * @param type what a value must look like
 * @param description what the value is, with examples
 */
public record QueryParameter(String name, Type type, String description) {
  /** The kinds of value a parameter takes. */
  public enum Type {
    /** A string; it replaces the text of each default value, keeping its language or datatype. */
    TEXT,
    /** An absolute http(s) IRI. */
    IRI,
    /** A day, {@code 2024-03-31}, as xsd:date. */
    DATE,
    /** A whole number, as xsd:integer. */
    INTEGER;

    /** The type named in a query's comment ({@code text}, {@code iri}, {@code date}, …). */
    static Type named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The term {@code value} gives in place of the default {@code template}.
   *
   * @throws UsageException if the value is not of the parameter's type
   */
  Node term(String value, Node template) {
    return switch (type) {
      case TEXT -> {
        if (template.isLiteral() && !template.getLiteralLanguage().isEmpty()) {
          yield NodeFactory.createLiteralLang(value, template.getLiteralLanguage());
        }
        yield NodeFactory.createLiteralString(value);
      }
      case IRI -> {
        String iri = value.strip();
        String scheme = iri.toLowerCase(Locale.ROOT);
        if (!(scheme.startsWith("http://") || scheme.startsWith("https://")) || !IRIs.check(iri)) {
          throw invalid(value, "an absolute http(s) IRI");
        }
        yield NodeFactory.createURI(iri);
      }
      case DATE -> {
        try {
          yield NodeFactory.createLiteralDT(
              LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
          throw invalid(value, "a day written 2024-03-31");
        }
      }
      case INTEGER -> {
        try {
          yield NodeFactory.createLiteralDT(
              new java.math.BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
        } catch (NumberFormatException e) {
          throw invalid(value, "a whole number");
        }
      }
    };
  }

  private UsageException invalid(String value, String expected) {
    return new UsageException(
        "--param " + name + "=" + value + ": not " + expected + " (" + name + " is " + type + ")");
  }
}
