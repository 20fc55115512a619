package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;

/**
 * The askers field: a predicted member matches a gold asker when a name of theirs ends in the gold
 * surname and, where the gold gives a party, one of their party's labels is that party.
 */
final class AskerScorer {
  private static final List<Property> NAMES = List.of(FOAF.familyName, FOAF.name);
  private static final List<Property> PARTY_LABELS =
      List.of(SKOS.notation, SKOS.prefLabel, SKOS.altLabel, RDFS.label);

  /** One alternative of a predicted asker: a name with all party labels of the member. */
  record Candidate(String name, List<String> parties) {
    @Override
    public String toString() {
      return parties.isEmpty() ? name : name + " " + parties;
    }
  }

  FieldScore score(DocumentView v, Node doc, List<Gold.Asker> gold) {
    List<List<Candidate>> pred = new ArrayList<>();
    for (Node member : v.objects(doc, KG.askedBy)) {
      List<String> parties = new ArrayList<>();
      for (Node party : v.objects(member, ORG.memberOf)) {
        parties.addAll(v.labels(party, PARTY_LABELS));
      }
      List<String> names = v.labels(member, NAMES);
      // a member without a name still counts as a prediction, one that can never match
      pred.add(
          names.isEmpty()
              ? List.of(new Candidate("", parties))
              : names.stream().map(n -> new Candidate(n, parties)).toList());
    }
    return Matching.score(Field.ASKERS, pred, gold, AskerScorer::matches);
  }

  static boolean matches(Candidate c, Gold.Asker g) {
    if (!Similarity.nameEq(c.name(), g.name())) {
      return false;
    }
    if (g.party() == null || g.party().isEmpty()) {
      return true;
    }
    Set<String> normalised =
        c.parties().stream().map(Normalise::normParty).collect(Collectors.toSet());
    return normalised.contains(Normalise.normParty(g.party()));
  }
}
