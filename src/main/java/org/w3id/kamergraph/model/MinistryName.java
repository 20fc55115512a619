package org.w3id.kamergraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One name a ministry carried, for a period.
 *
 * @param ministry the ministry's IRI
 * @param name the department name without "Ministerie van": {@code Economische Zaken en Klimaat}
 * @param abbreviations abbreviations used while the name was in use ({@code EZK})
 * @param validFrom first day of the name, or {@code null} when not recorded
 * @param validUntil the day the name ended (exclusive), or {@code null} while in use
 */
public record MinistryName(
    String ministry,
    String name,
    List<String> abbreviations,
    LocalDate validFrom,
    LocalDate validUntil) {
  public MinistryName {
    Objects.requireNonNull(ministry, "ministry");
    Objects.requireNonNull(name, "name");
    abbreviations = List.copyOf(abbreviations);
  }

  /** Whether the name was in use on {@code date}. */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || date.isBefore(validUntil));
  }
}
