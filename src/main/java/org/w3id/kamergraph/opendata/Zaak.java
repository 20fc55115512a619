package org.w3id.kamergraph.opendata;

import java.time.LocalDate;

/** A TK {@code Zaak}: a matter before the Kamer, such as written questions ({@code 2024Z10305}). */
public record Zaak(String id, String nummer, String soort, String onderwerp, LocalDate gestartOp) {

  static Zaak from(TkRecord r) {
    if (r.get("Nummer") == null) {
      throw new IllegalArgumentException("no Nummer");
    }
    return new Zaak(
        r.id(),
        r.get("Nummer"),
        r.get("Soort"),
        r.get("Onderwerp"),
        TkDates.date(r.get("GestartOp")));
  }
}
