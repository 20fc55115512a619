package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.Map;
import org.w3id.kamergraph.evaluate.Field;

/**
 * Extraction quality on the fourth synthetic gold set in {@code src/test/resources/synthetic4}:
 * fifteen fictional documents in every input format (eight text layouts, two official XML, three
 * PDFs, HTML, Markdown), written without looking at the extractors and measured unseen at overall
 * F1 0.876 (P 0.972 R 0.797) on commit cc42863, before any fix. The floors are those figures
 * rounded down: they guard against regressions, and each fix that helps should raise them.
 */
class Synthetic4QualityTest extends GoldSetQualityTest {
  @Override
  Path goldDir() {
    return testResources("synthetic4");
  }

  /**
   * Unseen: zaak, answered, askers, parties and ministries 1.000; the other structured fields keep
   * P 1.000 except the two counts, and lose recall to layouts and Kamerstuk notations. With the PDF
   * repairs (diacritics, glued months, doubled labels) and column reading, submitted, answerers and
   * question_count are 1.000 too.
   */
  @Override
  Map<Field, double[]> floors() {
    Map<Field, double[]> f = perfectStructure();
    f.put(Field.ADDRESSEES, new double[] {1.00, 0.97});
    // after the citation grammar (merged with this set): F1 0.867 → 0.930 (R 0.765 → 0.971, P
    // 0.892). The
    // four extras are where the grammar and this set's gold chose differently, both noted as
    // BORDERLINE in its README: a range cites every number it spans (the gold lists its ends),
    // and the Rijkswet number is not part of the official identifier (kst-24587-77)
    f.put(Field.KAMERSTUKKEN, new double[] {0.89, 0.92});
    // 0.667 → 0.800 with the PDFs read column by column and row by row; the rest are layouts
    // without Antwoord labels and questions-only pages
    f.put(Field.ANSWER_COUNT, new double[] {0.80, 0.80});
    f.put(Field.PROGRAMMES, new double[] {0.94, 0.79});
    f.put(Field.REPORTS, new double[] {0.88, 0.42});
    f.put(Field.ORGANISATIONS, new double[] {1.00, 0.88});
    f.put(Field.NAMED_ANY_TYPE, new double[] {0.99, 0.80});
    return f;
  }

  @Override
  double[] overallFloors() {
    // unseen 0.876 (P 0.972 R 0.797); on merging with the layout and citation work 0.886; with
    // the PDF repairs and column reading 0.905 (P 0.974 R 0.846)
    return new double[] {0.90, 0.97, 0.84};
  }
}
