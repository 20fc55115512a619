package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A person's name as the document writes it.
 *
 * @param fullName everything written: {@code Tjeerd de Groot}, {@code Alexandra C. van Huffelen}
 * @param familyName the surname with its tussenvoegsel capitalised at the start: {@code De Groot}
 * @param givenName first name or initials when written, else {@code null}
 */
public record PersonName(String fullName, String familyName, String givenName) {
  public PersonName {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(familyName, "familyName");
  }
}
