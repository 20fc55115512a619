package org.w3id.kamergraph.evaluate;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The result of scoring a dataset against a gold folder: per-document field scores and their
 * micro-averaged totals.
 *
 * @param documents one result per gold file, sorted by gold file name, found or not
 */
public record Evaluation(List<DocumentResult> documents) {
  public Evaluation {
    documents = List.copyOf(documents);
  }

  /** The documents that were found in the dataset. */
  public List<DocumentResult> found() {
    return documents.stream().filter(DocumentResult::found).toList();
  }

  /** The ids of gold documents the dataset lacks. */
  public List<String> missing() {
    return documents.stream().filter(d -> !d.found()).map(DocumentResult::id).toList();
  }

  /** The summed counts of one field over all documents. */
  public Tally total(Field field) {
    Tally t = Tally.ZERO;
    for (DocumentResult d : documents) {
      FieldScore s = d.fields().get(field);
      if (s != null) {
        t = t.plus(s.tally());
      }
    }
    return t;
  }

  /** The summed counts of every field that counts towards overall ({@link Field#inOverall()}). */
  public Tally overall() {
    return overall(EnumSet.allOf(Field.class));
  }

  /**
   * The summed counts over the overall fields among {@code fields}, as score.py's {@code --fields}
   * restricts its overall line.
   */
  public Tally overall(Collection<Field> fields) {
    Set<Field> chosen = fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields);
    Tally t = Tally.ZERO;
    for (Field f : chosen) {
      if (f.inOverall()) {
        t = t.plus(total(f));
      }
    }
    return t;
  }
}
