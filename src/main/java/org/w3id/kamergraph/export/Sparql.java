package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.w3id.kamergraph.rdf.Prefixes;

/**
 * SPARQL SELECTs of the network queries: the body is written with the prefixes of {@link
 * Prefixes#standard()} (declared here, so no query retypes a namespace) and graph IRIs are passed
 * as variables substituted before execution, never spliced into the text.
 */
final class Sparql {
  private Sparql() {}

  /**
   * Runs {@code body} (a query without PREFIX lines) over {@code dataset}, with each variable of
   * {@code constants} replaced by its node, handing every row to {@code row}.
   */
  static void select(
      DatasetGraph dataset, String body, Map<String, Node> constants, Consumer<Binding> row) {
    StringBuilder q = new StringBuilder();
    Prefixes.standard()
        .forEach(
            (prefix, ns) ->
                q.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
    q.append(body);
    QueryExecBuilder exec = QueryExec.dataset(dataset).query(q.toString());
    constants.forEach(exec::substitution);
    exec.select().forEachRemaining(row);
  }

  /** A literal's lexical form, or null for an unbound variable or a non-literal. */
  static String text(Binding b, String var) {
    Node n = b.get(var);
    return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
  }

  /** An IRI's text, or null for an unbound variable or a non-IRI. */
  static String iri(Binding b, String var) {
    Node n = b.get(var);
    return n != null && n.isURI() ? n.getURI() : null;
  }

  /** A literal read as a day, or null when unbound or not a date. */
  static LocalDate date(Binding b, String var) {
    String s = text(b, var);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The smaller of two values, either of which may be null. */
  static <T extends Comparable<? super T>> T min(T a, T b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }
}
