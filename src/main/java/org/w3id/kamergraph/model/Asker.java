package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A member of parliament who asked the questions, from the document's header.
 *
 * @param name the member's name as written
 * @param partyKey the party's key ({@code vvd}, {@code gl-pvda}) or {@code null} when not stated
 * @param span where the name is in the text as read
 */
public record Asker(PersonName name, String partyKey, Span span) {
  public Asker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
