package org.w3id.kamergraph.web;

import org.apache.jena.atlas.json.JsonObject;

/** JSON objects of strings for the pages' scripts, escaped by Jena's JSON writer. */
final class JsonValues {
  private JsonValues() {}

  /** An object from alternating keys and values; a null value is left out. */
  static JsonObject object(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    JsonObject o = new JsonObject();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        o.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return o;
  }
}
