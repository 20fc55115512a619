package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.ORG;
import org.w3id.kamergraph.rdf.TIME;

/**
 * A seat in the Kamer as the TK open data graph records it: a person's membership of a fractie that
 * matches one of our parties, for a period.
 *
 * @param person the TK person's IRI
 * @param family the surname, as a {@link NameKey}
 * @param given the given name as a key, or null
 * @param party our party the fractie matches ({@code skos:exactMatch})
 * @param start first day (lexical {@code xsd:date}), or null if open
 * @param end last day, or null if open
 */
record Seat(String person, String family, String given, String party, String start, String end) {

  /** Whether the seat was held on {@code date} (lexical {@code xsd:date}). */
  boolean heldOn(String date) {
    return (start == null || start.compareTo(date) <= 0)
        && (end == null || date.compareTo(end) <= 0);
  }

  /**
   * Every seat in the TK graph: each {@code org:Membership} with a member, an organisation that
   * matches a party, and a period; one seat per combination where the graph gives several values.
   */
  static List<Seat> read(Graph tk) {
    List<Seat> out = new ArrayList<>();
    for (Triple m : tk.find(Node.ANY, RDF.type.asNode(), ORG.Membership.asNode()).toList()) {
      Node ms = m.getSubject();
      for (Node person : objects(tk, ms, ORG.member.asNode())) {
        for (Node f : objects(tk, ms, ORG.organization.asNode())) {
          for (Node period : objects(tk, ms, ORG.memberDuring.asNode())) {
            String start = date(tk, period, TIME.hasBeginning.asNode());
            String end = date(tk, period, TIME.hasEnd.asNode());
            for (Node party : objects(tk, f, SKOS.exactMatch.asNode())) {
              for (Node family : objects(tk, person, FOAF.familyName.asNode())) {
                List<Node> givens = objects(tk, person, FOAF.givenName.asNode());
                if (givens.isEmpty()) {
                  givens = new ArrayList<>();
                  givens.add(null);
                }
                for (Node given : givens) {
                  if (person.isURI() && party.isURI() && family.isLiteral()) {
                    out.add(
                        new Seat(
                            person.getURI(),
                            NameKey.of(family.getLiteralLexicalForm()),
                            given == null || !given.isLiteral()
                                ? null
                                : NameKey.of(given.getLiteralLexicalForm()),
                            party.getURI(),
                            start,
                            end));
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private static String date(Graph g, Node period, Node edge) {
    String out = null;
    for (Node instant : objects(g, period, edge)) {
      for (Node d : objects(g, instant, TIME.inXSDDate.asNode())) {
        if (d.isLiteral()) {
          String lex = d.getLiteralLexicalForm();
          out = out == null || lex.compareTo(out) < 0 ? lex : out;
        }
      }
    }
    return out;
  }
}
