package org.w3id.kamergraph.opendata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Lenient dates of the TK open data. Date-valued fields come as midnight Amsterdam time with that
 * day's offset ({@code 2012-03-20T00:00:00+01:00}), as a plain {@code xs:date} in the SyncFeed, or
 * with a time and no offset. The local date is the first ten characters: converting to UTC first
 * would shift a day.
 */
final class TkDates {
  private TkDates() {}

  /**
   * The local date of a value, or {@code null} when there is none.
   *
   * @throws IllegalArgumentException when the value does not start with a date
   */
  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date: '" + s + "'", e);
    }
  }
}
