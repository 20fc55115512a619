package org.w3id.kamergraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.kamergraph.reference.WordLists;

/** Reads dates written the Dutch way: {@code 8 april 2020}, {@code 13 januari 2011}. */
final class DutchDates {
  /** The month names of the shipped list, in calendar order. */
  private static final List<String> MONTH_NAMES = monthNames();

  /** Month names to their numbers. */
  private static final Map<String, Integer> MONTHS = numbered(MONTH_NAMES);

  /** A regex fragment matching day, month name and year, as groups 1, 2 and 3. */
  static final String PATTERN = "(\\d{1,2})\\s+(" + String.join("|", MONTH_NAMES) + ")\\s+(\\d{4})";

  private DutchDates() {}

  private static List<String> monthNames() {
    List<String> names = WordLists.list("months");
    if (names.size() != 12) {
      throw new IllegalStateException(
          "kamergraph/words/months.txt lists " + names.size() + " months, not 12");
    }
    return names;
  }

  private static Map<String, Integer> numbered(List<String> names) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), i + 1);
    }
    return Map.copyOf(out);
  }

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
