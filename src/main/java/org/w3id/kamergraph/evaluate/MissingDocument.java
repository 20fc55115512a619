package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * How score.py counts a gold document the dataset lacks: every gold item of the listed fields is
 * missed, a gold date counts as one missed item, and the question count is one wrong answer. It
 * does not count {@code named_any_type} or {@code answer_count} for such a document, so neither is
 * done here: the numbers must agree with score.py.
 */
final class MissingDocument {
  private MissingDocument() {}

  static List<FieldScore> scores(Gold gold) {
    List<FieldScore> out = new ArrayList<>();
    out.add(missed(Field.ZAAK, gold.zaak()));
    out.add(missed(Field.SUBMITTED, present(gold.submitted())));
    out.add(missed(Field.ANSWERED, present(gold.answered())));
    out.add(missed(Field.ASKERS, gold.askers()));
    out.add(missed(Field.ADDRESSEES, gold.addressees()));
    out.add(missed(Field.ANSWERERS, gold.namedAnswerers()));
    out.add(missed(Field.PARTIES, gold.parties()));
    out.add(missed(Field.MINISTRIES, gold.ministries()));
    out.add(missed(Field.KAMERSTUKKEN, gold.kamerstukken()));
    out.add(missed(Field.PROGRAMMES, gold.programmes()));
    out.add(missed(Field.REPORTS, gold.reports()));
    out.add(missed(Field.ORGANISATIONS, gold.organisations()));
    out.add(
        new FieldScore(
            Field.QUESTION_COUNT,
            0,
            0,
            1,
            List.of("document missing, gold " + gold.questionCount()),
            List.of()));
    return out;
  }

  private static List<String> present(String date) {
    return date == null || date.isEmpty() ? List.of() : List.of(date);
  }

  private static FieldScore missed(Field field, List<?> gold) {
    return new FieldScore(
        field, 0, 0, gold.size(), gold.stream().map(String::valueOf).toList(), List.of());
  }
}
