package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A member of government who answered (or, for a Mededeling, wrote the notice).
 *
 * @param name the person's name as written
 * @param office the office they answered in, when stated
 * @param span where the name is in the text as read
 */
public record Answerer(PersonName name, Office office, Span span) {
  public Answerer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
