package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which documents and edges a network keeps. A document is in the period when its date (the
 * smallest {@code dcterms:dateSubmitted} it gives) lies between {@code from} and {@code to}, both
 * included; with a bound set, a document without a date is left out. With parties given, an edge is
 * kept when a member at one of its ends is, in the document that makes the edge, a member of one of
 * them (by the party's notation, {@code skos:notation}, as that document or the parties' reference
 * graph gives it; compared ignoring case).
 *
 * @param from the first day, or null for no lower bound
 * @param to the last day, or null for no upper bound
 * @param parties party notations; empty keeps every party
 */
public record NetworkFilter(LocalDate from, LocalDate to, Set<String> parties) {
  public NetworkFilter {
    parties =
        parties.stream()
            .map(p -> p.toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the period ends (" + to + ") before it begins (" + from + ")");
    }
  }

  /** Every document, every party. */
  public static NetworkFilter none() {
    return new NetworkFilter(null, null, Set.of());
  }

  /** Whether a document of this date (null: none) is in the period. */
  public boolean inPeriod(LocalDate date) {
    if (from == null && to == null) {
      return true;
    }
    return date != null
        && (from == null || !date.isBefore(from))
        && (to == null || !date.isAfter(to));
  }

  /** Whether parties were chosen. */
  public boolean byParty() {
    return !parties.isEmpty();
  }

  /** Whether a party notation (null: none known) is among those chosen. */
  public boolean chosen(String notation) {
    return notation != null && parties.contains(notation.toLowerCase(java.util.Locale.ROOT));
  }
}
