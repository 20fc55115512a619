package org.w3id.kamergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A party as reference data knows it.
 *
 * @param key the stable key used in IRIs: {@code vvd}, {@code gl-pvda}
 * @param iri the party's IRI
 * @param notation its usual abbreviation: {@code VVD}
 * @param names every name it goes by (notation, full name, variants)
 * @param validFrom the first day of the party or fractie when recorded, else null
 * @param replaces the keys of the parties whose fracties this fractie replaced on {@code validFrom}
 *     (GroenLinks-PvdA: GroenLinks and PvdA), else empty
 */
public record PartyEntry(
    String key,
    String iri,
    String notation,
    List<String> names,
    java.time.LocalDate validFrom,
    List<String> replaces) {
  public PartyEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(notation, "notation");
    names = List.copyOf(names);
    replaces = List.copyOf(replaces);
  }

  /** A party without dates or predecessors. */
  public PartyEntry(String key, String iri, String notation, List<String> names) {
    this(key, iri, notation, names, null, List.of());
  }
}
