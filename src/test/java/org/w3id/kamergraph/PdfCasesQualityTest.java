package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.Map;
import org.w3id.kamergraph.evaluate.Field;

/**
 * Extraction quality on the PDF reading cases in {@code src/test/resources/pdfcases}: a damaged PDF
 * in one column and two PDFs in two columns (rows of questions and answers; text flowing down two
 * columns), written after and unlike synthetic4's PDFs to check that the PDF repairs and the column
 * reading work on PDFs they were not developed on. Unseen, before either: overall F1 0.811 (P 0.935
 * R 0.716); with both 0.869 (P 0.984 R 0.778).
 */
class PdfCasesQualityTest extends GoldSetQualityTest {
  @Override
  Path goldDir() {
    return testResources("pdfcases");
  }

  /**
   * Every structured field 1.000 (answer_count too, since an Antwoord label alone at the foot of a
   * page takes its text from after the page's footnotes and the next page's header: 0.667 before).
   */
  @Override
  Map<Field, double[]> floors() {
    Map<Field, double[]> f = perfectStructure();
    f.put(Field.PROGRAMMES, new double[] {1.00, 0.88});
    // compound report heads (-rapportage, -analyse, Leidraad …): reports 0.833 -> 1.000
    f.put(Field.REPORTS, new double[] {1.00, 1.00});
    f.put(Field.ORGANISATIONS, new double[] {1.00, 0.95});
    f.put(Field.NAMED_ANY_TYPE, new double[] {1.00, 0.94});
    return f;
  }

  @Override
  int minimumDocuments() {
    return 3;
  }

  @Override
  double[] overallFloors() {
    return new double[] {0.98, 0.99, 0.96};
  }
}
