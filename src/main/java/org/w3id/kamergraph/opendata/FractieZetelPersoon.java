package org.w3id.kamergraph.opendata;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A TK {@code FractieZetelPersoon}: a person holding a fractie's seat from {@code van} up to and
 * including {@code totEnMet} (open when {@code null}). The source sometimes has the two inverted.
 */
public record FractieZetelPersoon(
    String id,
    String fractieZetelId,
    String persoonId,
    String functie,
    LocalDate van,
    LocalDate totEnMet) {

  static FractieZetelPersoon from(TkRecord r) {
    String zetel = r.get("FractieZetel_Id");
    String persoon = r.get("Persoon_Id");
    if (zetel == null || persoon == null) {
      throw new IllegalArgumentException("no FractieZetel_Id or Persoon_Id");
    }
    return new FractieZetelPersoon(
        r.id(),
        zetel.toLowerCase(Locale.ROOT),
        persoon.toLowerCase(Locale.ROOT),
        r.get("Functie"),
        TkDates.date(r.get("Van")),
        TkDates.date(r.get("TotEnMet")));
  }

  /** Whether the end lies before the start. */
  public boolean inverted() {
    return van != null && totEnMet != null && totEnMet.isBefore(van);
  }
}
