package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A zaak number of the Tweede Kamer ({@code 2024Z10305}) as it appears in the text.
 *
 * @param nummer the number, upper-case {@code Z}
 * @param span where it is in the text as read
 */
public record ZaakReference(String nummer, Span span) {
  public ZaakReference {
    Objects.requireNonNull(nummer, "nummer");
    Objects.requireNonNull(span, "span");
  }
}
