package org.w3id.kamergraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Reads dates written the Dutch way: {@code 8 april 2020}, {@code 13 januari 2011}. */
final class DutchDates {
  /** A regex fragment matching day, month name and year, as groups 1, 2 and 3. */
  static final String PATTERN =
      "(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januari", 1),
          Map.entry("februari", 2),
          Map.entry("maart", 3),
          Map.entry("april", 4),
          Map.entry("mei", 5),
          Map.entry("juni", 6),
          Map.entry("juli", 7),
          Map.entry("augustus", 8),
          Map.entry("september", 9),
          Map.entry("oktober", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private DutchDates() {}

  /** The date, or empty when the day does not exist (31 februari). */
  static Optional<LocalDate> of(String day, String month, String year) {
    Integer m = MONTHS.get(month.toLowerCase(java.util.Locale.ROOT));
    if (m == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
