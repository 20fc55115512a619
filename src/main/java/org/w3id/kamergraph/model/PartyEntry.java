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
 */
public record PartyEntry(String key, String iri, String notation, List<String> names) {
  public PartyEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(notation, "notation");
    names = List.copyOf(names);
  }
}
