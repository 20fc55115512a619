package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.PlausibleDates;

/**
 * Says which metadata dates will not be used because no parliamentary document can carry them (year
 * −1, 9999): the resolver ignores them, and without this the user would never learn why the
 * document's date came from its text instead.
 */
final class ImplausibleDates {
  // ISO dates as the metadata writes them, with the signed and long years of damaged fields
  private static final Pattern ISO_DATE = Pattern.compile("[+-]?\\d{4,9}-\\d{2}-\\d{2}");

  private ImplausibleDates() {}

  /**
   * Reports each value of {@code rows} (values joined with {@code |}) that is such a date. The
   * messages quote input as it is: whoever shows them escapes it for the terminal.
   */
  static void report(Path file, Map<String, String> rows, Consumer<String> warnings) {
    rows.forEach(
        (name, joined) -> {
          for (String value : joined.split("\\|")) {
            String v = value.strip();
            Optional<String> why = ISO_DATE.matcher(v).matches() ? problem(v) : Optional.empty();
            why.ifPresent(
                w ->
                    warnings.accept(
                        file + ": " + name + " is " + v + ", " + w + "; the date is not used"));
          }
        });
  }

  private static Optional<String> problem(String iso) {
    try {
      return PlausibleDates.contains(LocalDate.parse(iso))
          ? Optional.empty()
          : Optional.of("outside " + PlausibleDates.range());
    } catch (DateTimeParseException e) {
      return Optional.of("not a calendar date");
    }
  }
}
