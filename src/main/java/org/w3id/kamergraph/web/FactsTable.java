package org.w3id.kamergraph.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.Element;

/** The table of an IRI's own triples, as every entity and document page shows it. */
final class FactsTable {
  private FactsTable() {}

  /** The IRI in full, with links to its facts as Turtle, JSON-LD and N-Triples. */
  static Element iriLine(Element parent, String iri) {
    Element line = parent.appendElement("p").addClass("iri");
    line.appendElement("code").text(iri);
    Element formats = line.appendElement("span").addClass("formats");
    for (Representation r : Representation.values()) {
      if (r.suffix() != null) {
        formats
            .appendElement("a")
            .attr("href", Links.href(iri) + r.suffix())
            .attr("type", r.mediaType())
            .text(r.suffix().substring(1));
      }
    }
    return line;
  }

  /** The objects of {@code about}'s triples that are IRIs, for labelling. */
  static List<String> objectIris(Graph about) {
    return about.find().toList().stream()
        .map(Triple::getObject)
        .filter(Node::isURI)
        .map(Node::getURI)
        .distinct()
        .toList();
  }

  /** Appends a table with one row per triple of {@code iri} in {@code about}, sorted. */
  static void append(Element parent, String iri, Graph about, Map<String, Labels.Label> labels) {
    List<Triple> triples =
        about.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).toList().stream()
            .sorted(
                Comparator.comparing((Triple t) -> Links.shortName(t.getPredicate()))
                    .thenComparing(t -> t.getObject().toString()))
            .toList();
    Element table = parent.appendElement("table").addClass("facts");
    table.appendElement("caption").text("Facts (" + triples.size() + ")");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("property");
    head.appendElement("th").text("value");
    Element body = table.appendElement("tbody");
    for (Triple t : triples) {
      Element row = body.appendElement("tr");
      row.appendElement("th")
          .attr("title", t.getPredicate().getURI())
          .text(Links.shortName(t.getPredicate()));
      value(row.appendElement("td"), t.getObject(), labels);
    }
  }

  /** One value: a link (labelled) for an IRI, the text with its language or type for a literal. */
  static void value(Element cell, Node o, Map<String, Labels.Label> labels) {
    if (o.isURI()) {
      link(cell, o.getURI(), labels.get(o.getURI()));
    } else if (o.isLiteral()) {
      cell.appendElement("span").addClass("literal").text(o.getLiteralLexicalForm());
      String lang = o.getLiteralLanguage();
      if (!lang.isEmpty()) {
        cell.appendElement("span").addClass("lang").text("@" + lang);
      } else if (!o.getLiteralDatatypeURI().endsWith("#string")) {
        cell.appendElement("span")
            .addClass("datatype")
            .text(Links.shortName(NodeFactory.createURI(o.getLiteralDatatypeURI())));
      }
    } else {
      cell.appendElement("span").addClass("blank").text(o.toString());
    }
  }

  /** A link to {@code iri} named by its label, coloured by its kind; external IRIs say so. */
  static Element link(Element parent, String iri, Labels.Label label) {
    Element a = parent.appendElement("a").attr("href", Links.href(iri)).attr("title", iri);
    if (label != null) {
      a.text(label.text()).addClass("k-" + label.kind());
    } else {
      a.text(iri);
    }
    if (!Links.local(iri)) {
      a.addClass("external").attr("rel", "noopener noreferrer nofollow");
    }
    return a;
  }
}
