package org.w3id.kamergraph.opendata;

import java.util.Locale;

/** A TK {@code FractieZetel}: a seat of a fractie, held by persons over time. */
public record FractieZetel(String id, String fractieId) {

  static FractieZetel from(TkRecord r) {
    String fractie = r.get("Fractie_Id");
    if (fractie == null) {
      throw new IllegalArgumentException("no Fractie_Id");
    }
    return new FractieZetel(r.id(), fractie.toLowerCase(Locale.ROOT));
  }
}
