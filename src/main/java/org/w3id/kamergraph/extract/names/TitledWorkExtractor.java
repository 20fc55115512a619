package org.w3id.kamergraph.extract.names;

import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * Reports the titles of reports a document gives after a report word, quoted or in sentence case
 * ({@link ReportTitles}). News articles ({@code het bericht «…»}) and letters ({@code Kamerbrief
 * '…'}) do not qualify: only report words do. An unquoted title that opens with a name the
 * gazetteer knows is that name, not a title ({@code het advies Raad van State}); a title may
 * contain known names ({@code Coronasteun in cijfers: de stand na drie tijdvakken NOW}).
 */
public final class TitledWorkExtractor implements Extractor {
  private final ReportTitles titles;
  private final MentionReporter reporter;

  TitledWorkExtractor(ReportTitles titles, MentionReporter reporter) {
    this.titles = titles;
    this.reporter = reporter;
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    for (ReportTitles.Found f : titles.reported(context, reporter.known(context))) {
      reporter.report(context, sink, EntityKind.REPORT, f.begin(), f.end());
    }
  }
}
