package org.w3id.kamergraph.model;

import java.time.LocalDate;

/**
 * The years a date in a parliamentary document can fall in. A date outside them (year −1, 2999) is
 * a damaged field or a typing error, never a fact: it is reported and not used, in the text as in
 * the metadata.
 */
public final class PlausibleDates {
  /** The first year accepted. */
  public static final int FIRST_YEAR = 1800;

  /** The last year accepted. */
  public static final int LAST_YEAR = 2100;

  private PlausibleDates() {}

  /** Whether {@code date} falls in {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
  public static boolean contains(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }

  /** "outside 1800–2100", for messages. */
  public static String range() {
    return FIRST_YEAR + "–" + LAST_YEAR;
  }
}
