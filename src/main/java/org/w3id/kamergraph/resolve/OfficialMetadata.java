package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.PlausibleDates;

/**
 * What a document's official metadata says about it: the rows of its {@code metadata.xml} and of
 * its official XML ({@link org.w3id.kamergraph.model.SourceDocument#metadata()}). This is the most
 * precise source there is, so the {@link Resolver} prefers it to what the extractors read in the
 * text: dates and ids from here win when present; text facts fill what it lacks. Values that do not
 * have the documented form (a date that is not {@code YYYY-MM-DD}, a zaak number that is not {@code
 * 2024Z10305}) are ignored, never guessed at.
 *
 * @param rows metadata rows by name, repeated names joined with {@code |}
 */
record OfficialMetadata(Map<String, String> rows) {
  private static final Pattern ZAAK = Pattern.compile("\\d{4}Z\\d{5}");
  private static final Pattern ANSWER = Pattern.compile("ah-(tk|ek)-\\d{8}-\\d{1,6}");

  OfficialMetadata {
    rows = Map.copyOf(rows);
  }

  /**
   * The submission date: {@code OVERHEIDop.datumIndiening}, else the official XML's {@code
   * isodatum} of "ingezonden".
   */
  Optional<LocalDate> submitted() {
    return date("OVERHEIDop.datumIndiening").or(() -> date("isodatum.vraag"));
  }

  /**
   * The date the answer (or notice) was received: {@code OVERHEIDop.datumOntvangst}, else the
   * official XML's {@code isodatum} of "ontvangen".
   */
  Optional<LocalDate> answered() {
    return date("OVERHEIDop.datumOntvangst").or(() -> date("isodatum.antwoord"));
  }

  /** The document's own zaak: {@code OVERHEIDop.vraagnummer} when it is a zaak number. */
  Optional<String> zaak() {
    return values("OVERHEIDop.vraagnummer").stream()
        .filter(v -> ZAAK.matcher(v).matches())
        .findFirst();
  }

  /**
   * The ids of the answers a question's {@code OVERHEIDop.aanhangsel} names, in order, each once.
   */
  List<String> answerDocuments() {
    List<String> ids = new ArrayList<>();
    for (String v : values("OVERHEIDop.aanhangsel")) {
      if (ANSWER.matcher(v).matches() && !ids.contains(v)) {
        ids.add(v);
      }
    }
    return ids;
  }

  private Optional<LocalDate> date(String name) {
    for (String v : values(name)) {
      try {
        LocalDate d = LocalDate.parse(v);
        // a date no written question can have (year -1, 9999) is a damaged field, not a fact;
        // the ingest stage has said so
        if (PlausibleDates.contains(d)) {
          return Optional.of(d);
        }
      } catch (DateTimeParseException e) {
        // not the documented YYYY-MM-DD: try the next value, else leave it to the text
      }
    }
    return Optional.empty();
  }

  private List<String> values(String name) {
    String v = rows.get(name);
    if (v == null) {
      return List.of();
    }
    return java.util.Arrays.stream(v.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
