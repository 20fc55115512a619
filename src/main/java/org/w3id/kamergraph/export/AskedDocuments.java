package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * Reads every document with its askers ({@code kg:askedBy}), their names and parties, the way the
 * build's member tallies do ({@code queries/member-nodes.rq} and {@code co-asker-network.rq} read
 * those tallies; the tallies have no dates, so a network over a period reads the documents): a
 * member's name and party are those the document itself gives.
 */
final class AskedDocuments {
  private static final String QUERY =
      """
      SELECT ?doc ?date ?member ?fullName ?familyName ?party ?docNotation ?refNotation
      WHERE {
        GRAPH ?doc {
          ?doc a kg:Document ;
               kg:askedBy ?member .
          FILTER (?withNotices || NOT EXISTS { ?doc a kg:PostponementNotice })
          OPTIONAL { ?doc dcterms:dateSubmitted ?date }
          OPTIONAL { ?member foaf:name ?fullName }
          OPTIONAL { ?member foaf:familyName ?familyName }
          OPTIONAL {
            ?member org:memberOf ?party .
            OPTIONAL { ?party skos:notation ?docNotation }
          }
        }
        OPTIONAL { GRAPH ?partiesGraph { ?party skos:notation ?refNotation } }
      }
      """;

  private AskedDocuments() {}

  /**
   * Every document with at least one asker, by IRI. Postponement notices repeat the askers of the
   * questions they postpone; {@code withNotices} false leaves them out, as the library's member and
   * co-asker tallies do.
   */
  static Map<String, AskedDocument> read(DatasetGraph dataset, boolean withNotices) {
    Map<String, LocalDate> dates = new HashMap<>();
    Map<String, Map<String, Partial>> askers = new TreeMap<>();
    Sparql.select(
        dataset,
        QUERY,
        Map.of(
            "withNotices",
            NodeFactory.createLiteralDT(
                Boolean.toString(withNotices),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean),
            "partiesGraph",
            NodeFactory.createURI(ReferenceData.PARTIES_GRAPH)),
        row -> {
          String doc = Sparql.iri(row, "doc");
          String member = Sparql.iri(row, "member");
          if (doc == null || member == null) {
            return;
          }
          dates.merge(doc, Sparql.date(row, "date"), Sparql::min);
          Partial p =
              askers
                  .computeIfAbsent(doc, d -> new TreeMap<>())
                  .computeIfAbsent(member, m -> new Partial());
          p.fullName = Sparql.min(p.fullName, Sparql.text(row, "fullName"));
          p.familyName = Sparql.min(p.familyName, Sparql.text(row, "familyName"));
          String party = Sparql.iri(row, "party");
          if (party != null && (p.party == null || party.compareTo(p.party) <= 0)) {
            if (!party.equals(p.party)) {
              p.party = party;
              p.docNotation = null;
              p.refNotation = null;
            }
            p.docNotation = Sparql.min(p.docNotation, Sparql.text(row, "docNotation"));
            p.refNotation = Sparql.min(p.refNotation, Sparql.text(row, "refNotation"));
          }
        });
    Map<String, AskedDocument> out = new TreeMap<>();
    askers.forEach(
        (doc, members) -> {
          Map<String, AskedDocument.Asker> a = new TreeMap<>();
          members.forEach((m, p) -> a.put(m, p.asker(m)));
          out.put(doc, new AskedDocument(doc, dates.get(doc), a));
        });
    return out;
  }

  /** What the rows have told of one asker in one document so far. */
  private static final class Partial {
    String fullName;
    String familyName;
    String party;
    String docNotation;
    String refNotation;

    AskedDocument.Asker asker(String iri) {
      return new AskedDocument.Asker(
          iri,
          fullName != null ? fullName : familyName,
          docNotation != null ? docNotation : refNotation);
    }
  }
}
