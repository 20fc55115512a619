package org.w3id.kamergraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.kamergraph.model.InputException;

/**
 * Reads {@code <id>.gold.json} files with Jena's JSON parser. Lenient the way score.py is: a
 * missing or {@code null} field is empty; values of an unexpected JSON type are skipped.
 */
public final class GoldReader {
  /** The suffix that marks a gold file. */
  public static final String SUFFIX = ".gold.json";

  /** Every gold file of {@code dir}, sorted by file name as score.py does. */
  public List<Gold> readDir(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> paths =
          files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
      List<Gold> out = new ArrayList<>();
      for (Path p : paths) {
        out.add(read(p));
      }
      return out;
    } catch (IOException e) {
      throw new InputException(dir, "cannot list gold files: " + e.getMessage(), e);
    }
  }

  /** One gold file; its id is the file name without {@value #SUFFIX}. */
  public Gold read(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    JsonObject o;
    try {
      o = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | JsonException e) {
      throw new InputException(file, "cannot read gold file: " + e.getMessage(), e);
    }
    return new Gold(
        id,
        strings(o, "zaak"),
        string(o.get("submitted")),
        string(o.get("answered")),
        objects(o, "askers", a -> new Gold.Asker(pyStr(a.get("name")), string(a.get("party")))),
        strings(o, "parties"),
        strings(o, "addressees"),
        objects(
            o, "answerers", a -> new Gold.Answerer(string(a.get("name")), string(a.get("office")))),
        strings(o, "ministries"),
        strings(o, "kamerstukken"),
        strings(o, "programmes"),
        strings(o, "reports"),
        strings(o, "organisations"),
        count(o.get("question_count")),
        count(o.get("answer_count")),
        string(o.get("notes")));
  }

  private static List<String> strings(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    return v.getAsArray().stream()
        .filter(JsonValue::isString)
        .map(x -> x.getAsString().value())
        .toList();
  }

  private static <T> List<T> objects(JsonObject o, String key, Function<JsonObject, T> f) {
    JsonValue v = o.get(key);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    return v.getAsArray().stream()
        .filter(JsonValue::isObject)
        .map(x -> f.apply(x.getAsObject()))
        .toList();
  }

  private static String string(JsonValue v) {
    return v != null && v.isString() ? v.getAsString().value() : null;
  }

  // score.py compares str(g["name"]); a null name becomes "None" there, so it does here too
  private static String pyStr(JsonValue v) {
    String s = string(v);
    return s == null ? "None" : s;
  }

  private static int count(JsonValue v) {
    return v != null && v.isNumber() ? v.getAsNumber().value().intValue() : 0;
  }
}
