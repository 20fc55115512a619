package org.w3id.kamergraph.opendata;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.kamergraph.model.InputException;

/**
 * Reads one saved OData v4 JSON page ({@code {"@odata.context": "…$metadata#Persoon", "value":
 * [...]}}). The entity set comes from {@code @odata.context}; a bare {@code value} array without it
 * is accepted when the file name starts with the entity set ({@code fractie-2.json}). Expanded
 * navigations (arrays and objects) are skipped; {@code @odata.nextLink} is not followed: save each
 * page as a file of its own. Stateless and thread-safe.
 */
public final class ODataJsonReader {
  /**
   * The entities of the page, in file order.
   *
   * @throws InputException naming the file (and line and column for malformed JSON)
   */
  public List<TkRecord> read(Path file) {
    JsonValue root = parse(file);
    JsonArray values;
    String context = null;
    if (root.isArray()) {
      values = root.getAsArray();
    } else if (root.isObject() && root.getAsObject().get("value") != null) {
      JsonValue v = root.getAsObject().get("value");
      if (!v.isArray()) {
        throw new InputException(file, "\"value\" is not an array");
      }
      values = v.getAsArray();
      JsonValue c = root.getAsObject().get("@odata.context");
      context = c != null && c.isString() ? c.getAsString().value() : null;
    } else {
      throw new InputException(file, "not an OData page: no \"value\" array");
    }
    String entitySet = TkEntitySets.fromContext(context, file);
    List<TkRecord> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isObject()) {
        throw new InputException(file, "value[" + i + "] is not an object");
      }
      out.add(record(entitySet, values.get(i).getAsObject(), file, "value[" + i + "]"));
    }
    return out;
  }

  private static JsonValue parse(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(4096);
      int c = in.read();
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB
          || c == 0xBF) {
        c = in.read(); // whitespace and a UTF-8 byte order mark
      }
      in.reset();
      // JSON.parse reports a truncated object with its place; parseAny (for a bare array) is needed
      // for arrays only
      return c == '[' ? JSON.parseAny(in) : JSON.parse(in);
    } catch (JsonParseException e) {
      throw new InputException(
          file,
          "malformed JSON at line "
              + e.getLine()
              + ", column "
              + e.getColumn()
              + ": "
              + e.getMessage(),
          e);
    } catch (JsonException e) {
      throw new InputException(file, "malformed JSON: " + e.getMessage(), e);
    } catch (NullPointerException e) { // how Jena 5's parser meets an unexpected end of file
      throw new InputException(
          file,
          "malformed JSON: the file ends inside a value at line " + lines(file) + " (cut off?)",
          e);
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static long lines(Path file) {
    try (var l = Files.lines(file)) {
      return l.count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  private static TkRecord record(String set, JsonObject o, Path file, String place) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String key : o.keys()) {
      JsonValue v = o.get(key);
      if (v.isNull()) {
        fields.put(key, null);
      } else if (v.isString()) {
        fields.put(key, v.getAsString().value());
      } else if (v.isNumber()) {
        fields.put(key, v.getAsNumber().value().toString());
      } else if (v.isBoolean()) {
        fields.put(key, String.valueOf(v.getAsBoolean().value()));
      }
    }
    String id = fields.get("Id");
    if (id == null) {
      throw new InputException(file, place + " has no \"Id\"");
    }
    boolean deleted = "true".equals(fields.get("Verwijderd"));
    return new TkRecord(set, id.toLowerCase(Locale.ROOT), deleted, fields, file, place);
  }
}
