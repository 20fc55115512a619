package org.w3id.kamergraph.reference;

import java.util.List;
import java.util.Objects;
import org.w3id.kamergraph.model.EntityKind;

/**
 * One known programme, report or organisation.
 *
 * @param kind what it is
 * @param key stable lower-case slug ({@code cpb}, {@code nationaal-groeifonds})
 * @param label the preferred name
 * @param aliases other names and abbreviations it is written as (not including {@code label})
 * @param tooi a government organisation's TOOI id (an identifier.overheid.nl IRI), or empty
 */
public record GazetteerEntry(
    EntityKind kind, String key, String label, List<String> aliases, String tooi) {
  public GazetteerEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(tooi, "tooi");
    aliases = List.copyOf(aliases);
  }

  /** The same entry with a TOOI id. */
  GazetteerEntry withTooi(String id) {
    return new GazetteerEntry(kind, key, label, aliases, id);
  }

  /** The label followed by the aliases: every way the entry is written. */
  public List<String> names() {
    var all = new java.util.ArrayList<String>(aliases.size() + 1);
    all.add(label);
    all.addAll(aliases);
    return List.copyOf(all);
  }
}
