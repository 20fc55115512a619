package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.rdf.ReferenceData;

/**
 * Members and the ministries they address: a bipartite network with an edge from a member to a
 * ministry for the documents the member asked that are addressed ({@code kg:addressedTo}) to a post
 * of the ministry: the post's {@code org:postIn} in the document, or its {@code kg:hostMinistry} in
 * the ministries' reference graph for a minister without a department of their own (as {@code
 * queries/ministries-asked-most.rq} counts). Postponement notices are left out (they repeat their
 * questions' askers and addressees).
 *
 * <p>Nodes: {@code label} (the member's name; the ministry's {@code skos:prefLabel}), {@code kind}
 * ({@code member} or {@code ministry}), {@code party} (members only), {@code documents} (kept
 * documents asked, or addressed to the ministry). Edges: {@code weight} (documents), {@code first},
 * {@code last}. With parties chosen, an edge is kept when its member is of a chosen party in the
 * document; a member is kept when of a chosen party in a kept document or at an end of a kept edge,
 * a ministry when at an end of a kept edge.
 */
public final class MemberMinistryNetwork implements NetworkQuery {
  private static final String MINISTRIES =
      """
      SELECT ?doc ?ministry ?label
      WHERE {
        GRAPH ?doc {
          ?doc a kg:Document ;
               kg:addressedTo ?post .
        }
        { GRAPH ?doc { ?post org:postIn ?ministry } }
        UNION
        { GRAPH ?ministriesGraph { ?post kg:hostMinistry ?ministry } }
        OPTIONAL { GRAPH ?ministriesGraph { ?ministry skos:prefLabel ?label } }
      }
      """;

  @Override
  public String name() {
    return "member-ministry";
  }

  @Override
  public String description() {
    return "members and ministries as nodes, an edge from a member to each ministry they asked";
  }

  @Override
  public Network compute(DatasetGraph dataset, NetworkFilter filter) {
    Map<String, Set<String>> ministries = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Sparql.select(
        dataset,
        MINISTRIES,
        Map.of("ministriesGraph", NodeFactory.createURI(ReferenceData.MINISTRIES_GRAPH)),
        row -> {
          String doc = Sparql.iri(row, "doc");
          String ministry = Sparql.iri(row, "ministry");
          if (doc != null && ministry != null) {
            ministries.computeIfAbsent(doc, d -> new TreeSet<>()).add(ministry);
            String label = Sparql.text(row, "label");
            if (label != null) {
              labels.merge(ministry, label, Sparql::min);
            }
          }
        });
    NetworkBuilder b = new NetworkBuilder(true);
    Set<String> ofParty = new HashSet<>();
    for (AskedDocument d : AskedDocuments.read(dataset, false).values()) {
      LocalDate date = d.date();
      if (!filter.inPeriod(date)) {
        continue;
      }
      Set<String> addressed = ministries.getOrDefault(d.iri(), Set.of());
      for (String m : addressed) {
        b.node(m, "ministry").label(labels.get(m)).document(d.iri());
      }
      for (AskedDocument.Asker a : d.askers().values()) {
        b.node(a.iri(), "member").label(a.name()).party(a.party()).document(d.iri());
        boolean chosen = filter.chosen(a.party());
        if (chosen) {
          ofParty.add(a.iri());
        }
        if (!filter.byParty() || chosen) {
          addressed.forEach(m -> b.edge(a.iri(), m, d.iri(), date));
        }
      }
    }
    Set<String> keep = null;
    if (filter.byParty()) {
      keep = new HashSet<>(ofParty);
      keep.addAll(b.endpoints());
    }
    return b.build(name(), CoAskerNetwork.NODE_ATTRIBUTES, CoAskerNetwork.EDGE_ATTRIBUTES, keep);
  }
}
