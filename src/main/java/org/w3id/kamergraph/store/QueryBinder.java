package org.w3id.kamergraph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.UsageException;

/**
 * Fills a library query's parameters: each given value replaces the values of the parameter's
 * {@code VALUES ?name { … }} line, typed as the parameter says. The result is the query's own text
 * with those lines changed, so what runs is what {@code query --show} prints.
 */
public final class QueryBinder {
  private QueryBinder() {}

  /**
   * The text of {@code entry} with {@code values} (parameter name to value) filled in.
   *
   * @throws UsageException if a name is not one of the query's parameters, or a value is not of its
   *     type
   */
  public static String bind(QueryLibrary.Entry entry, Map<String, String> values) {
    String text = entry.text();
    for (var v : values.entrySet()) {
      QueryParameter p =
          entry
              .parameter(v.getKey())
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--param "
                              + v.getKey()
                              + ": "
                              + entry.name()
                              + (entry.parameters().isEmpty()
                                  ? " takes no parameters"
                                  : " takes "
                                      + entry.parameters().stream()
                                          .map(QueryParameter::name)
                                          .collect(Collectors.joining(", ")))));
      text = fill(entry.name(), text, p, v.getValue());
    }
    return text;
  }

  private static String fill(String query, String text, QueryParameter p, String value) {
    Matcher m =
        Pattern.compile(
                "(?m)^(\\s*VALUES\\s+\\?" + Pattern.quote(p.name()) + "\\s*\\{)([^}\\n]*)(\\})")
            .matcher(text);
    if (!m.find()) {
      throw new KamergraphException(
          query
              + ": declares the parameter "
              + p.name()
              + " but has no 'VALUES ?"
              + p.name()
              + " { … }' line to fill");
    }
    // only a text value takes anything from the defaults (their language tags); for the other
    // types one term replaces them, however they were written (prefixed names included)
    List<Node> templates =
        p.type() == QueryParameter.Type.TEXT
            ? defaults(query, p.name(), m.group(2))
            : List.of(NodeFactory.createLiteralString(""));
    Set<String> terms = new LinkedHashSet<>();
    for (Node template :
        templates.isEmpty() ? List.of(NodeFactory.createLiteralString("")) : templates) {
      terms.add(NodeFmtLib.strNT(p.term(value, template)));
    }
    return text.substring(0, m.start(2))
        + " "
        + String.join(" ", terms)
        + " "
        + text.substring(m.end(2));
  }

  /** The default values of a VALUES line, parsed as SPARQL. */
  private static List<Node> defaults(String query, String name, String values) {
    try {
      Query q = QueryFactory.create("SELECT * { VALUES ?" + name + " { " + values + " } }");
      ElementGroup g = (ElementGroup) q.getQueryPattern();
      List<Node> out = new ArrayList<>();
      ((ElementData) g.get(0)).getRows().forEach(b -> out.add(b.get(Var.alloc(name))));
      return out;
    } catch (QueryParseException | ClassCastException e) {
      throw new KamergraphException(
          query + ": the values of 'VALUES ?" + name + "' cannot be read: " + e.getMessage(), e);
    }
  }
}
