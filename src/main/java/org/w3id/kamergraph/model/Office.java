package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A government office (a post), e.g. {@code Minister van Financiën}, {@code Minister voor Klimaat
 * en Energie}, {@code Minister-President}.
 *
 * @param role minister, staatssecretaris or minister-president
 * @param preposition {@code van} for a department, {@code voor} for a portfolio; {@code null} for
 *     the minister-president
 * @param portfolio the department or portfolio name, normalised; {@code null} for the
 *     minister-president
 * @param department the canonical department name when the portfolio is a department ({@code
 *     Financiën}); the resolver finds the ministry that carried that name on the document's date
 * @param span where it is in the text as read
 */
public record Office(
    Role role, String preposition, String portfolio, String department, Span span) {
  public Office {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span");
  }

  /** The office's name, e.g. {@code Minister van Sociale Zaken en Werkgelegenheid}. */
  public String label() {
    return portfolio == null ? role.title() : role.title() + " " + preposition + " " + portfolio;
  }
}
