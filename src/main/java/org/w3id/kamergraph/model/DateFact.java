package org.w3id.kamergraph.model;

import java.time.LocalDate;
import java.util.Objects;

/** A date the text states, with where it says so. */
public record DateFact(LocalDate date, Span span) {
  public DateFact {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(span, "span");
  }
}
