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
    // after the citation grammar (merged with this set): F1 0.867 → 0.930 (R 0.765 → 0.971, P
    // 0.892); a range cites every number it spans (the gold lists them since session 27); the one
    // miss and
    // the one extra are the Rijkswet paper 24587-(R1833)-77, read without its R-number
    f.put(Field.KAMERSTUKKEN, new double[] {0.97, 0.97});
    // one recogniser per question layout (no answer invented after the last question of a copy
    // that only asks, older answers after footnotes and a wrapped answer line) and the PDFs read
    // column by column and row by row: 0.667 → 1.000
    f.put(Field.ANSWER_COUNT, new double[] {1.00, 1.00});
    // after the sentence-case title, regional head and register abbreviation rules: programmes
    // 0.762 → 0.837, reports 0.378 → 0.909, organisations 0.867 → 0.917, all at P 1.000 but
    // reports (0.962: the Divosa-monitor, BORDERLINE, counted as an extra); the programme rules
    // (compound heads, schemes in sentence case and in lower case) and the PDF column reading:
    // programmes 0.980, organisations 0.923, named things 0.937
    f.put(Field.PROGRAMMES, new double[] {1.00, 0.95});
    f.put(Field.REPORTS, new double[] {0.96, 0.98});
    f.put(Field.ORGANISATIONS, new double[] {1.00, 0.85});
    f.put(Field.NAMED_ANY_TYPE, new double[] {1.00, 0.95});
    return f;
  }

  @Override
  double[] overallFloors() {
    // unseen 0.876 (P 0.972 R 0.797); on merging with the layout and citation work 0.886; with
    // the layout recognisers and task titles of staatssecretarissen 0.897 (P 0.973 R 0.831); with
    // the name rules as well 0.944 (P 0.979 R 0.911); with the programme rules 0.952 (R 0.926);
    // with the PDF repairs and column reading 0.966 (P 0.988 R 0.946); with report titles that
    // run over a PDF line break 0.972 (R 0.957); with ranges in the gold and names listed with
    // known organisations 0.983 (P 0.997 R 0.969)
    return new double[] {0.98, 0.99, 0.96};
  }
}
