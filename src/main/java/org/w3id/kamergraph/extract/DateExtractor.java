package org.w3id.kamergraph.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.PlausibleDates;
import org.w3id.kamergraph.model.Span;

/**
 * The date the questions were submitted ({@code (ingezonden 8 april 2020)}, in a cover letter
 * {@code ingezonden op 18 januari 2023}) and the date of the answer or Mededeling ({@code
 * (ontvangen 7 juni 2022)}), or for an answer letter without it the {@code Datum} on its letter
 * paper. Only the first of each counts: later ones quote other documents.
 */
public final class DateExtractor implements Extractor {
  private static final Pattern SUBMITTED =
      Pattern.compile(
          "\\bingezonden\\s+(?:op\\s+)?" + DutchDates.PATTERN, Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE = Pattern.compile(DutchDates.PATTERN, Pattern.CASE_INSENSITIVE);
  private static final Pattern ANSWERED =
      Pattern.compile(
          "\\(\\s*ontvangen\\s+(?:op\\s+)?" + DutchDates.PATTERN, Pattern.CASE_INSENSITIVE);

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher s = SUBMITTED.matcher(text);
    if (s.find()) {
      plausible(context, s, sink)
          .ifPresent(d -> sink.submitted(new DateFact(d, context.span(s.start(1), s.end(3)))));
    }
    Matcher a = ANSWERED.matcher(text);
    boolean found = a.find();
    var letterDate = context.layout().letterHead().date();
    if (!found
        && letterDate.isPresent()
        && (context.layout().isCoverLetter() || !context.layout().answers().isEmpty())) {
      // an answer letter has no "(ontvangen …)": the date on its letter paper is the answer's
      a = DATE.matcher(text).region(letterDate.get().begin(), letterDate.get().end());
      found = a.lookingAt();
    }
    if (found) {
      Matcher m = a;
      plausible(context, m, sink)
          .ifPresent(d -> sink.answered(new DateFact(d, context.span(m.start(1), m.end(3)))));
    }
  }

  /** The date {@code m} found, unless it is outside the plausible years: then it is reported. */
  private static Optional<LocalDate> plausible(
      ExtractionContext context, Matcher m, FactSink sink) {
    Optional<LocalDate> date = DutchDates.of(m.group(1), m.group(2), m.group(3));
    if (date.isPresent() && !PlausibleDates.contains(date.get())) {
      Span where = context.span(m.start(1), m.end(3));
      sink.warning(
          "the date \""
              + context.document().text().substring(where.begin(), where.end())
              + "\" at offset "
              + where.begin()
              + " is outside "
              + PlausibleDates.range()
              + " and is not used; correct it in the source if it is a typing error");
      return Optional.empty();
    }
    return date;
  }
}
