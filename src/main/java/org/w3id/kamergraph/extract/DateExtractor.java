package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.FactSink;

/**
 * The date the questions were submitted ({@code (ingezonden 8 april 2020)}, in a cover letter
 * {@code ingezonden op 18 januari 2023}) and the date of the answer or Mededeling ({@code
 * (ontvangen 7 juni 2022)}). Only the first of each counts: later ones quote other documents.
 */
public final class DateExtractor implements Extractor {
  private static final Pattern SUBMITTED =
      Pattern.compile(
          "\\bingezonden\\s+(?:op\\s+)?" + DutchDates.PATTERN, Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER_DATE =
      Pattern.compile(
          "(?m)^[ \\t]*Datum[ \\t]*:?[ \\t]+" + DutchDates.PATTERN, Pattern.CASE_INSENSITIVE);
  private static final Pattern ANSWERED =
      Pattern.compile(
          "\\(\\s*ontvangen\\s+(?:op\\s+)?" + DutchDates.PATTERN, Pattern.CASE_INSENSITIVE);

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher s = SUBMITTED.matcher(text);
    if (s.find()) {
      DutchDates.of(s.group(1), s.group(2), s.group(3))
          .ifPresent(d -> sink.submitted(new DateFact(d, context.span(s.start(1), s.end(3)))));
    }
    Matcher a = ANSWERED.matcher(text);
    boolean found = a.find();
    if (!found && Header.find(text).filter(h -> !h.hasAddressees()).isPresent()) {
      // an answer letter has no "(ontvangen …)": its date line is the date of the answer
      a = LETTER_DATE.matcher(text);
      found = a.find();
    }
    if (found) {
      Matcher m = a;
      DutchDates.of(m.group(1), m.group(2), m.group(3))
          .ifPresent(d -> sink.answered(new DateFact(d, context.span(m.start(1), m.end(3)))));
    }
  }
}
