package org.w3id.kamergraph.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Members who ask together: every member who asked a document ({@code kg:askedBy}) is a node, two
 * members who asked one document together are joined by an undirected edge. Postponement notices,
 * which repeat their questions' askers, are left out (as in {@code queries/co-asker-network.rq}).
 *
 * <p>Nodes: {@code label} (the name the documents give, {@code foaf:name} else {@code
 * foaf:familyName}), {@code kind} ({@code member}), {@code party} (every party notation the kept
 * documents give them, joined with " / "), {@code documents} (kept documents they asked). Edges:
 * {@code weight} (documents asked together), {@code first} and {@code last} (their dates). With
 * parties chosen, an edge is kept when one of its members is of a chosen party in the document; a
 * member is kept when of a chosen party in a kept document or at an end of a kept edge.
 */
public final class CoAskerNetwork implements NetworkQuery {
  static final List<Network.Attribute> NODE_ATTRIBUTES =
      List.of(
          new Network.Attribute(Network.LABEL, AttributeType.STRING),
          new Network.Attribute(NetworkBuilder.KIND, AttributeType.STRING),
          new Network.Attribute(NetworkBuilder.PARTY, AttributeType.STRING),
          new Network.Attribute(NetworkBuilder.DOCUMENTS, AttributeType.INT));
  static final List<Network.Attribute> EDGE_ATTRIBUTES =
      List.of(
          new Network.Attribute(Network.WEIGHT, AttributeType.INT),
          new Network.Attribute(NetworkBuilder.FIRST, AttributeType.STRING),
          new Network.Attribute(NetworkBuilder.LAST, AttributeType.STRING));

  @Override
  public String name() {
    return "co-askers";
  }

  @Override
  public String description() {
    return "members as nodes, an edge between two members who asked a document together";
  }

  @Override
  public Network compute(DatasetGraph dataset, NetworkFilter filter) {
    NetworkBuilder b = new NetworkBuilder(false);
    Set<String> ofParty = new HashSet<>();
    for (AskedDocument d : AskedDocuments.read(dataset, false).values()) {
      if (!filter.inPeriod(d.date())) {
        continue;
      }
      List<AskedDocument.Asker> askers = new ArrayList<>(d.askers().values());
      for (AskedDocument.Asker a : askers) {
        b.node(a.iri(), "member").label(a.name()).party(a.party()).document(d.iri());
        if (filter.chosen(a.party())) {
          ofParty.add(a.iri());
        }
      }
      for (int i = 0; i < askers.size(); i++) {
        for (int j = i + 1; j < askers.size(); j++) {
          AskedDocument.Asker x = askers.get(i);
          AskedDocument.Asker y = askers.get(j);
          if (!filter.byParty() || filter.chosen(x.party()) || filter.chosen(y.party())) {
            b.edge(x.iri(), y.iri(), d.iri(), d.date());
          }
        }
      }
    }
    Set<String> keep = null;
    if (filter.byParty()) {
      keep = new HashSet<>(ofParty);
      keep.addAll(b.endpoints());
    }
    return b.build(name(), NODE_ATTRIBUTES, EDGE_ATTRIBUTES, keep);
  }
}
