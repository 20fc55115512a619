package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.rdf.CITO;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;

/**
 * Scores the fields of one found document that are not mentioned entities: zaak, dates, offices,
 * answerers, Kamerstukken and counts; askers and entities are delegated. Each rule is score.py's.
 */
final class DocumentScorer {
  private static final List<Property> NAMES = List.of(FOAF.familyName, FOAF.name);
  private static final List<Property> OFFICE_LABELS = List.of(RDFS.label, SKOS.prefLabel);

  private final EntityScorer entities = new EntityScorer();
  private final AskerScorer askers = new AskerScorer();

  List<FieldScore> score(DocumentView v, Node doc, Gold gold) {
    List<FieldScore> out = new ArrayList<>();
    List<List<String>> zaak =
        v.objects(doc, KG.zaakNummer).stream().map(z -> List.of(DocumentView.text(z))).toList();
    out.add(
        Matching.score(
            Field.ZAAK, zaak, gold.zaak(), (a, b) -> Normalise.norm(a).equals(Normalise.norm(b))));
    out.add(date(Field.SUBMITTED, v, doc, DCTerms.dateSubmitted, gold.submitted()));
    out.add(date(Field.ANSWERED, v, doc, KG.dateAnswered, gold.answered()));
    out.add(askers.score(v, doc, gold.askers()));
    out.addAll(entities.score(v, doc, gold));
    List<List<String>> offices =
        v.objects(doc, KG.addressedTo).stream().map(p -> v.labels(p, OFFICE_LABELS)).toList();
    out.add(
        Matching.score(
            Field.ADDRESSEES,
            offices,
            gold.addressees(),
            (a, b) -> Normalise.normOffice(a).equals(Normalise.normOffice(b))));
    List<List<String>> answerers =
        v.objects(doc, KG.answeredBy).stream().map(p -> v.labels(p, NAMES)).toList();
    out.add(
        Matching.score(
            Field.ANSWERERS,
            answerers,
            gold.namedAnswerers(),
            (a, g) -> Similarity.nameEq(a, g.name())));
    out.add(
        Matching.score(
            Field.KAMERSTUKKEN,
            kamerstukken(v, doc),
            gold.kamerstukken(),
            (a, b) -> Normalise.normKs(a).equals(Normalise.normKs(b))));
    out.addAll(counts(v, doc, gold));
    return out;
  }

  /** A date field: the predicted dates' first ten characters against the gold ISO date. */
  private static FieldScore date(Field field, DocumentView v, Node doc, Property p, String gold) {
    List<String> pred =
        v.objects(doc, p).stream().map(x -> firstCodePoints(DocumentView.text(x), 10)).toList();
    boolean hasGold = gold != null && !gold.isEmpty();
    int tp = hasGold && pred.contains(gold) ? 1 : 0;
    List<String> extras = new ArrayList<>(pred);
    if (tp == 1) {
      extras.remove(gold);
    }
    List<String> missed = tp == 0 && hasGold ? List.of(gold) : List.of();
    return new FieldScore(field, tp, pred.size(), hasGold ? 1 : 0, missed, extras);
  }

  /** Cited Kamerstukken by dcterms:identifier, else by the last segment of their IRI. */
  private static List<List<String>> kamerstukken(DocumentView v, Node doc) {
    List<List<String>> out = new ArrayList<>();
    for (Node k : v.objects(doc, CITO.cites)) {
      List<String> ids = v.labels(k, List.of(DCTerms.identifier));
      if (ids.isEmpty()) {
        String iri = DocumentView.text(k);
        ids = List.of(iri.substring(iri.lastIndexOf('/') + 1));
      }
      out.add(ids);
    }
    return out;
  }

  /**
   * Question and answer counts. Answers are the larger of questions with an answer and answer nodes
   * in the document graph, because a lost {@code Vraag N} label leaves answers unattached.
   */
  private static List<FieldScore> counts(DocumentView v, Node doc, Gold gold) {
    List<Node> questions = v.objects(doc, KG.hasQuestion);
    int nq = questions.size();
    int answered =
        (int) questions.stream().filter(q -> !v.objects(q, KG.hasAnswer).isEmpty()).count();
    int na = Math.max(answered, v.documentSubjectsOfType(KG.Answer.asNode()).size());
    return List.of(
        count(Field.QUESTION_COUNT, nq, gold.questionCount()),
        count(Field.ANSWER_COUNT, na, gold.answerCount()));
  }

  private static FieldScore count(Field field, int pred, int gold) {
    boolean ok = pred == gold;
    return new FieldScore(
        field, ok ? 1 : 0, 1, 1, ok ? List.of() : List.of(pred + " vs gold " + gold), List.of());
  }

  private static String firstCodePoints(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }
}
