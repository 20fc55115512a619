package org.w3id.kamergraph.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one gold document.
 *
 * @param id the gold id ({@code <id>.gold.json})
 * @param found whether the dataset holds a document with {@code kg:sourceFile} {@code <id>} with an
 *     input extension ({@link GoldDocuments}); when not, every gold item counts as missed and
 *     nothing as predicted
 * @param fields the scored fields, in {@link Field} order; a missing document lacks the fields
 *     score.py does not count for it ({@code named_any_type}, {@code answer_count})
 */
public record DocumentResult(String id, boolean found, Map<Field, FieldScore> fields) {
  public DocumentResult {
    fields = java.util.Collections.unmodifiableMap(new EnumMap<>(fields));
  }

  /** Builds a result from scores in any order. */
  static DocumentResult of(String id, boolean found, List<FieldScore> scores) {
    Map<Field, FieldScore> m = new EnumMap<>(Field.class);
    scores.forEach(s -> m.put(s.field(), s));
    return new DocumentResult(id, found, m);
  }

  /** Whether any field has a missed gold item or an unmatched prediction. */
  public boolean hasErrors() {
    return fields.values().stream().anyMatch(s -> !s.missed().isEmpty() || !s.extras().isEmpty());
  }
}
