package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.Map;
import org.w3id.kamergraph.evaluate.Field;

/**
 * Extraction quality on the fifth synthetic gold set in {@code src/test/resources/synthetic5}: ten
 * fictional text documents in the wider layouts real copies of Kamervragen come in (a party
 * website, a news wire and a tweedekamer.nl page with questions only, older plain texts with all
 * questions first or grouped answers, posts written without {@code van/voor}, an answer letter with
 * its enclosure, a Markdown-ish copy), written without looking at the extractors and measured
 * unseen at overall F1 0.869 (P 0.974 R 0.785) on commit e51fdd5, before any fix. The floors are
 * those figures rounded down: they guard against regressions, and each fix that helps should raise
 * them.
 */
class Synthetic5QualityTest extends GoldSetQualityTest {
  @Override
  Path goldDir() {
    return Path.of(System.getProperty("kamergraph.basedir", "."), "src/test/resources/synthetic5");
  }

  /**
   * Unseen: zaak, submitted, askers, answerers, parties, Kamerstukken and question_count 1.000; the
   * other structured fields keep P 1.000 but lose recall to the posts without {@code van/voor}
   * (addressees, ministries), the letter date (answered) and the layouts (answer_count).
   */
  @Override
  Map<Field, double[]> floors() {
    Map<Field, double[]> f = perfectStructure();
    // unseen 0.600; the layout recognisers (written before this set was measured) give 1.000,
    // and task titles of staatssecretarissen and names without diacritics the addressees and
    // ministries
    f.put(Field.ANSWER_COUNT, new double[] {1.00, 1.00});
    // compound heads (…visie, …pact), qualified compounds (Interprovinciaal wolvenplan), schemes in
    // sentence case (Regeling X) and lower-case coalition agreements: programmes 0.522 → 0.828
    f.put(Field.PROGRAMMES, new double[] {0.92, 0.82});
    // the name rules (written without this set) took reports from 0.200 to 0.875 and named things
    // from 0.731 to 0.828; the programme and compound-head rules to 0.894 (organisations 0.898)
    f.put(Field.REPORTS, new double[] {1.00, 0.82});
    // regional branches (LTO Noord) and plural kind words in abbreviated names (session 28):
    // organisations 0.917 -> 0.959, named 0.912 -> 0.941
    f.put(Field.ORGANISATIONS, new double[] {1.00, 0.95});
    f.put(Field.NAMED_ANY_TYPE, new double[] {1.00, 0.94});
    return f;
  }

  @Override
  double[] overallFloors() {
    // unseen 0.869 (P 0.974 R 0.785)
    // unseen 0.869; after the layout recognisers, task titles, closing signatures and the
    // letter head's date 0.903; with the name rules 0.935 (P 0.995 R 0.882); with the programme
    // and compound-head rules 0.958 (P 0.995 R 0.924); with the WODC's name before 2023 in the
    // gazetteer (data) 0.961 (R 0.928); session 28's name rules 0.981 (P 1.000 R 0.962)
    return new double[] {0.98, 0.99, 0.96};
  }
}
