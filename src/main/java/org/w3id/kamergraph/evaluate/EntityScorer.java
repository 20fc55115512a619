package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;

/**
 * The mentioned-entity fields: parties, ministries, programmes, reports, organisations and their
 * typeless union {@code named_any_type}. Named things are compared loosely ({@link
 * Similarity#fuzzyEq}), through the gold notes' alias groups, and predictions that match only a
 * neutral item of the notes are left out.
 */
final class EntityScorer {
  private static final List<Property> LABELS =
      List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.notation, RDFS.label, DCTerms.title, FOAF.name);
  private static final Map<Field, Resource> CLASSES =
      new EnumMap<>(
          Map.of(
              Field.PARTIES,
              KG.Party,
              Field.MINISTRIES,
              KG.Ministry,
              Field.PROGRAMMES,
              KG.Programme,
              Field.REPORTS,
              KG.Report,
              Field.ORGANISATIONS,
              KG.Organisation));
  private static final List<Field> NAMED =
      List.of(Field.PROGRAMMES, Field.REPORTS, Field.ORGANISATIONS);

  List<FieldScore> score(DocumentView v, Node doc, Gold gold) {
    Map<Field, List<List<String>>> byClass = new EnumMap<>(Field.class);
    CLASSES.keySet().forEach(f -> byClass.put(f, new ArrayList<>()));
    for (Node e : mentioned(v, doc)) {
      Set<Node> types = v.types(e);
      for (Map.Entry<Field, Resource> c : CLASSES.entrySet()) {
        if (types.contains(c.getValue().asNode())) {
          byClass.get(c.getKey()).add(v.labels(e, LABELS));
        }
      }
    }
    List<FieldScore> out = new ArrayList<>();
    out.add(
        Matching.score(
            Field.PARTIES,
            byClass.get(Field.PARTIES),
            gold.parties(),
            (a, b) -> Normalise.normParty(a).equals(Normalise.normParty(b))));
    out.add(
        Matching.score(
            Field.MINISTRIES,
            byClass.get(Field.MINISTRIES),
            gold.ministries(),
            (a, b) -> Normalise.normMinistry(a).equals(Normalise.normMinistry(b))));
    NamedEntityRules rules =
        new NamedEntityRules(GoldNotes.parse(gold.notes()), gold.namedAnyType());
    List<List<String>> all = new ArrayList<>();
    for (Field f : NAMED) {
      List<List<String>> counted = byClass.get(f).stream().filter(rules::counts).toList();
      all.addAll(counted);
      out.add(Matching.score(f, counted, goldOf(gold, f), rules::aliasEq));
    }
    out.add(Matching.score(Field.NAMED_ANY_TYPE, all, gold.namedAnyType(), rules::aliasEq));
    return out;
  }

  /**
   * Everything the document mentions, in score.py's order: the document's mentions, then per
   * question its mentions and its answers' mentions, then the askers' parties and the addressed
   * posts' ministries (a party or ministry named only there is still named).
   */
  private static Set<Node> mentioned(DocumentView v, Node doc) {
    Set<Node> out = new LinkedHashSet<>(v.objects(doc, KG.mentions));
    for (Node q : v.objects(doc, KG.hasQuestion)) {
      out.addAll(v.objects(q, KG.mentions));
      for (Node a : v.objects(q, KG.hasAnswer)) {
        out.addAll(v.objects(a, KG.mentions));
      }
    }
    v.objects(doc, KG.askedBy).forEach(m -> out.addAll(v.objects(m, ORG.memberOf)));
    v.objects(doc, KG.addressedTo).forEach(p -> out.addAll(v.objects(p, ORG.postIn)));
    return out;
  }

  private static List<String> goldOf(Gold gold, Field f) {
    return switch (f) {
      case PROGRAMMES -> gold.programmes();
      case REPORTS -> gold.reports();
      case ORGANISATIONS -> gold.organisations();
      default -> throw new IllegalArgumentException(f.key());
    };
  }
}
