package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A member of parliament who asked the questions, from the document's header.
 *
 * @param name the member's name as written
 * @param partyKey the party's key ({@code vvd}, {@code gl-pvda}) when reference data knows the
 *     party, else {@code null}
 * @param partyWritten the party as written ({@code Nieuw Sociaal Contract}), or {@code null} when
 *     the text gives none
 * @param span where the name is in the text as read
 * @param partySpan where the party is in the text as read, or {@code null}
 */
public record Asker(
    PersonName name, String partyKey, String partyWritten, Span span, Span partySpan) {
  public Asker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
