package org.w3id.kamergraph.extract.names;

import java.util.List;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.reference.Gazetteer;

/**
 * The extractors for named programmes, reports and organisations, built from the data files under
 * {@code kamergraph/gazetteer/} (read once per call). The pipeline registers the returned list; the
 * extractors are immutable and may be shared between threads.
 */
public final class NameExtractors {
  private NameExtractors() {}

  /**
   * Gazetteer, acronym definitions, report titles, titles cited in footnotes, organisations quoted
   * after their kind, report numbers, head-noun names and names listed with known organisations, in
   * that order.
   */
  public static List<Extractor> create() {
    return create(Gazetteer.load());
  }

  /** The same, over a gazetteer the caller loaded (and shares with the resolver). */
  public static List<Extractor> create(Gazetteer gazetteer) {
    GazetteerExtractor known = new GazetteerExtractor(gazetteer);
    MentionReporter reporter = new MentionReporter(gazetteer, known, NotNames.load());
    TitleRules titleRules = TitleRules.load();
    ReportTitles titles = new ReportTitles(titleRules);
    KindClassifier kinds = KindClassifier.load();
    UnknownOrganisations unknown =
        new UnknownOrganisations(gazetteer, reporter, ForeignMarkers.load(), kinds);
    return List.of(
        known,
        new AcronymDefinitionExtractor(kinds, reporter),
        new TitledWorkExtractor(titles, reporter),
        new CitedTitles(titleRules, titles, reporter),
        new QuotedOrganisations(kinds, titles, reporter),
        new ReportNumberExtractor(titleRules, reporter),
        new HeadNounNameExtractor(HeadRule.load(), titleRules, titles, reporter, unknown),
        new ListedOrganisations(reporter, unknown));
  }
}
