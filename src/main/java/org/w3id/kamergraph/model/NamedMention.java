package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A name in the text that refers to a party, ministry, programme, report or organisation.
 *
 * @param kind what it names
 * @param key the stable key of the thing named when a gazetteer knows it (e.g. {@code mnre1045},
 *     {@code vvd}, {@code cpb}); {@code null} when the name was recognised by its form only
 * @param label the preferred name to use when the key is unknown (normalised surface otherwise)
 * @param span where it is in the text as read
 */
public record NamedMention(EntityKind kind, String key, String label, Span span) {
  public NamedMention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
  }
}
