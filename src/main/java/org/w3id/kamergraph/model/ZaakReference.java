package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A zaak number of the Tweede Kamer ({@code 2024Z10305}) as it appears in the text.
 *
 * @param nummer the number, upper-case {@code Z}
 * @param span where it is in the text as read
 * @param own whether the text names it before its questions begin, where a document states its own
 *     zaak (a heading, "Onderdeel van zaak …", a cover letter's "met kenmerk …"); a zaak number
 *     inside a question or answer refers to other questions
 */
public record ZaakReference(String nummer, Span span, boolean own) {
  public ZaakReference {
    Objects.requireNonNull(nummer, "nummer");
    Objects.requireNonNull(span, "span");
  }
}
