package org.w3id.kamergraph.opendata;

import java.time.LocalDate;

/**
 * A TK {@code Fractie}: a parliamentary group for the period it was active. A group that splits and
 * re-forms gets a new record and GUID, so one party may have several.
 */
public record Fractie(
    String id, String afkorting, String naamNL, LocalDate actief, LocalDate inactief) {

  static Fractie from(TkRecord r) {
    return new Fractie(
        r.id(),
        r.get("Afkorting"),
        r.get("NaamNL"),
        TkDates.date(r.get("DatumActief")),
        TkDates.date(r.get("DatumInactief")));
  }
}
