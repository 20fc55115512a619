package org.w3id.kamergraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.NIF;

/**
 * What the full-text index holds and under which Lucene field: the text of questions, answers and
 * footnotes ({@code kg:text}), document titles ({@code dct:title}), the labels and names of
 * entities ({@code rdfs:label}, {@code foaf:name}, {@code skos:prefLabel}, {@code skos:altLabel})
 * and a document's whole text ({@code nif:isString}). Only string literals (plain or with a
 * language tag) are indexed.
 *
 * <p>Each indexed triple is one Lucene document laid out as jena-text reads it (the subject in
 * {@link #ENTITY}, the literal in the predicate's field and its language in {@link #LANG}), with
 * two fields of kamergraph's own: the graph it stands in ({@link #GRAPH}, so a graph's entries are
 * removed with one term), and a copy of the literal in {@link #ALL}, the default field, so a query
 * without a predicate searches every indexed predicate. jena-text is not told about {@link #GRAPH}:
 * it would then restrict a query in the default graph to the default graph's own (empty) entries,
 * where the store's default graph is the union of all graphs.
 */
final class TextFields {
  /** The subject's IRI. */
  static final String ENTITY = "uri";

  /** The literal's language tag, when it has one. */
  static final String LANG = "lang";

  /** The graph the triple stands in (not known to jena-text; see the class comment). */
  static final String GRAPH = "graph";

  /** The default field: every indexed literal, whatever its predicate. */
  static final String ALL = "all";

  private static final Map<Node, String> FIELDS = fields();

  private TextFields() {}

  private static Map<Node, String> fields() {
    Map<Node, String> m = new LinkedHashMap<>();
    m.put(KG.text.asNode(), "text");
    m.put(DCTerms.title.asNode(), "title");
    m.put(RDFS.label.asNode(), "label");
    m.put(FOAF.name.asNode(), "name");
    m.put(SKOS.prefLabel.asNode(), "prefLabel");
    m.put(SKOS.altLabel.asNode(), "altLabel");
    m.put(NIF.isString.asNode(), "isString");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The indexed predicates. */
  static Set<Node> predicates() {
    return FIELDS.keySet();
  }

  /** The field of an indexed triple's literal; empty for a triple the index does not hold. */
  static Optional<String> field(Triple t) {
    String field = FIELDS.get(t.getPredicate());
    if (field == null || !t.getObject().isLiteral() || !t.getSubject().isURI()) {
      return Optional.empty();
    }
    Node o = t.getObject();
    boolean text =
        !o.getLiteralLanguage().isEmpty()
            || XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI());
    return text ? Optional.of(field) : Optional.empty();
  }

  /** The fields as jena-text's queries see them: one per predicate, {@link #ALL} by default. */
  static EntityDefinition entityDefinition() {
    EntityDefinition def = new EntityDefinition(ENTITY, ALL);
    for (var e : FIELDS.entrySet()) {
      def.set(e.getValue(), e.getKey());
    }
    def.setLangField(LANG);
    return def;
  }
}
