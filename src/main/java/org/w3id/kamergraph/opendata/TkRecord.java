package org.w3id.kamergraph.opendata;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entity as either export format gives it, with OData's property names: {@code Achternaam},
 * {@code TotEnMet}, and foreign keys as {@code FractieZetel_Id}. A SyncFeed element {@code
 * <totEnMet>} becomes {@code TotEnMet} and {@code <persoon ref="…"/>} becomes {@code Persoon_Id}.
 *
 * @param entitySet the OData entity set, e.g. {@code Persoon}, {@code FractieZetelPersoon}
 * @param id the lowercase GUID
 * @param deleted whether the source marks the entity as deleted ({@code Verwijderd})
 * @param fields property values as text; an explicit null is a key mapped to {@code null}
 * @param file the file it was read from
 * @param place where in the file ({@code value[3]}, {@code entry 2})
 */
public record TkRecord(
    String entitySet,
    String id,
    boolean deleted,
    Map<String, String> fields,
    Path file,
    String place) {
  public TkRecord {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The value of a property, or {@code null} when null or absent. */
  public String get(String property) {
    String v = fields.get(property);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** "file: Persoon(guid)", for messages. */
  public String where() {
    return file + ": " + entitySet + "(" + id + ") at " + place;
  }
}
