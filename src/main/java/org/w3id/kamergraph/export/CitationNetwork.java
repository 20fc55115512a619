package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Documents and the Kamerstukken they cite: a directed edge from each document to each Kamerstuk it
 * cites ({@code cito:cites}), every kind of document included (as the library's {@code
 * most-cited-kamerstukken.rq} counts).
 *
 * <p>Nodes: {@code label} (the document's or the Kamerstuk's {@code dcterms:identifier}), {@code
 * kind} ({@code document} or {@code kamerstuk}), {@code title} (the document's {@code
 * dcterms:title}), {@code date} (the document's date), {@code documents} (1 for a document; citing
 * documents kept, for a Kamerstuk). Edges: {@code weight} (1), {@code first} and {@code last} (the
 * document's date). With parties chosen, a document is kept when one of its askers is of a chosen
 * party in it (a citation has no member at either end; its document's askers stand for it).
 */
public final class CitationNetwork implements NetworkQuery {
  static final String TITLE = "title";
  static final String DATE = "date";

  static final List<Network.Attribute> NODE_ATTRIBUTES =
      List.of(
          new Network.Attribute(Network.LABEL, AttributeType.STRING),
          new Network.Attribute(NetworkBuilder.KIND, AttributeType.STRING),
          new Network.Attribute(TITLE, AttributeType.STRING),
          new Network.Attribute(DATE, AttributeType.STRING),
          new Network.Attribute(NetworkBuilder.DOCUMENTS, AttributeType.INT));

  private static final String CITATIONS =
      """
      SELECT ?doc ?date ?identifier ?title ?kamerstuk ?kamerstukIdentifier
      WHERE {
        GRAPH ?doc {
          ?doc a kg:Document ;
               cito:cites ?kamerstuk .
          OPTIONAL { ?doc dcterms:dateSubmitted ?date }
          OPTIONAL { ?doc dcterms:identifier ?identifier }
          OPTIONAL { ?doc dcterms:title ?title }
          OPTIONAL { ?kamerstuk dcterms:identifier ?kamerstukIdentifier }
        }
      }
      """;

  @Override
  public String name() {
    return "citations";
  }

  @Override
  public String description() {
    return "documents and Kamerstukken as nodes, an edge from a document to each Kamerstuk it cites";
  }

  @Override
  public Network compute(DatasetGraph dataset, NetworkFilter filter) {
    Map<String, Citing> docs = new TreeMap<>();
    Map<String, String> kamerstukLabels = new HashMap<>();
    Sparql.select(
        dataset,
        CITATIONS,
        Map.of(),
        row -> {
          String doc = Sparql.iri(row, "doc");
          String k = Sparql.iri(row, "kamerstuk");
          if (doc == null || k == null) {
            return;
          }
          Citing c = docs.computeIfAbsent(doc, d -> new Citing());
          c.cites.add(k);
          c.date = Sparql.min(c.date, Sparql.date(row, "date"));
          c.identifier = Sparql.min(c.identifier, Sparql.text(row, "identifier"));
          c.title = Sparql.min(c.title, Sparql.text(row, "title"));
          String kid = Sparql.text(row, "kamerstukIdentifier");
          if (kid != null) {
            kamerstukLabels.merge(k, kid, Sparql::min);
          }
        });
    Map<String, AskedDocument> asked =
        filter.byParty() ? AskedDocuments.read(dataset, true) : Map.of();
    NetworkBuilder b = new NetworkBuilder(true);
    docs.forEach(
        (doc, c) -> {
          if (!filter.inPeriod(c.date)
              || (filter.byParty() && !ofChosenParty(asked.get(doc), filter))) {
            return;
          }
          b.node(doc, "document")
              .label(c.identifier)
              .set(TITLE, c.title)
              .set(DATE, c.date == null ? null : c.date.toString())
              .document(doc);
          for (String k : c.cites) {
            b.node(k, "kamerstuk").label(kamerstukLabels.get(k)).document(doc);
            b.edge(doc, k, doc, c.date);
          }
        });
    return b.build(name(), NODE_ATTRIBUTES, CoAskerNetwork.EDGE_ATTRIBUTES, null);
  }

  private static boolean ofChosenParty(AskedDocument d, NetworkFilter filter) {
    return d != null && d.askers().values().stream().anyMatch(a -> filter.chosen(a.party()));
  }

  /** What the rows have told of one citing document. */
  private static final class Citing {
    final Set<String> cites = new TreeSet<>();
    LocalDate date;
    String identifier;
    String title;
  }
}
