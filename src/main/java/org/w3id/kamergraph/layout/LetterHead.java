package org.w3id.kamergraph.layout;

import java.util.Optional;

/**
 * The fields of a ministry's letter paper before the letter's text: {@code Datum 8 juli 2019},
 * {@code Betreft Antwoord op vragen van het lid …}, {@code Ons kenmerk DGAN-NB / 19178342}, {@code
 * Uw kenmerk 2019Z11873}. Each is the region of the field's value (on the label's line, or the line
 * below it as letter paper often prints it).
 */
public record LetterHead(
    Optional<Region> date,
    Optional<Region> subject,
    Optional<Region> ourReference,
    Optional<Region> yourReference) {
  /** Whether any field was found. */
  public boolean isPresent() {
    return date.isPresent()
        || subject.isPresent()
        || ourReference.isPresent()
        || yourReference.isPresent();
  }
}
