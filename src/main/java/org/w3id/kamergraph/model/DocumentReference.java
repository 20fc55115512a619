package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A reference to an official document that is not a Kamerstuk.
 *
 * @param kind what is referred to
 * @param identifier its identifier: the official id where one exists ({@code ah-tk-20212022-2646},
 *     {@code h-tk-20232024-50-2}, {@code kv-tk-2020Z06377}, an ECLI, a document number), otherwise
 *     the citation as normalised ({@code Stcrt. 2023, 12345})
 * @param official whether {@code identifier} is an official id with a documented page
 * @param span where the reference is in the text as read
 */
public record DocumentReference(
    ReferenceKind kind, String identifier, boolean official, Span span) {
  public DocumentReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(span, "span");
  }
}
