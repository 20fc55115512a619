package org.w3id.kamergraph.extract.names;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.layout.Note;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * Reports a report its publisher numbered, named by that number: a compound of the publisher's
 * abbreviation and a report word ({@code report-words}), then a number that opens with a year
 * ({@code TNO-rapport 2015 R10755}, {@code RIVM-briefrapport 2017-0183}). The publisher itself is
 * left to the gazetteer.
 *
 * <p>A number in a footnote is not reported: there it is the reference of a report the text names
 * where the footnote's marker stands, and reporting it too would count that report twice.
 */
public final class ReportNumberExtractor implements Extractor {
  private final Pattern number;
  private final MentionReporter reporter;

  ReportNumberExtractor(TitleRules rules, MentionReporter reporter) {
    // the year, then a serial number after a hyphen ("2017-0183") or after a space with an
    // optional series letter ("2015 R10755")
    this.number =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-])\\p{Lu}[\\p{L}&]{1,9}-(?:"
                + rules.reportWordPattern()
                + ") {1,2}(?:19|20)\\d\\d(?:-\\d{2,6}| {1,2}\\p{Lu}{0,3}-?\\d{2,7})(?![\\p{L}\\p{N}])");
    this.reporter = reporter;
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    Matcher m = number.matcher(context.text());
    List<Note> notes = null;
    while (m.find()) {
      notes = notes == null ? context.layout().footnotes() : notes;
      if (!inFootnote(notes, m.start())) {
        reporter.report(context, sink, EntityKind.REPORT, m.start(), m.end());
      }
    }
  }

  private static boolean inFootnote(List<Note> notes, int at) {
    for (Note n : notes) {
      if (n.start() <= at && at < n.text().end()) {
        return true;
      }
    }
    return false;
  }
}
