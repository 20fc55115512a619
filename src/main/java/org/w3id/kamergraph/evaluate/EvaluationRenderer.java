package org.w3id.kamergraph.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Prints an {@link Evaluation} as score.py does: the same table (so the two can be diffed) and the
 * same JSON summary. Verbose output lists, per document and field, every missed gold item and —
 * beyond score.py — every prediction that matched nothing.
 */
public final class EvaluationRenderer {

  /** The table for all fields. */
  public String table(Evaluation e, boolean verbose) {
    return table(e, List.of(Field.values()), verbose);
  }

  /** The table for {@code fields} (in {@link Field} order); overall sums only those. */
  public String table(Evaluation e, Collection<Field> fields, boolean verbose) {
    StringBuilder out = new StringBuilder();
    if (verbose) {
      for (DocumentResult d : e.found()) {
        if (d.hasErrors()) {
          out.append("## ").append(d.id()).append('\n');
          for (FieldScore s : d.fields().values()) {
            if (!s.missed().isEmpty() || !s.extras().isEmpty()) {
              out.append(
                  String.format(
                      Locale.ROOT,
                      "   %s: tp=%d pred=%d gold=%d missed=%s extras=%s%n",
                      s.field().key(),
                      s.tp(),
                      s.pred(),
                      s.gold(),
                      s.missed(),
                      s.extras()));
            }
          }
        }
      }
    }
    List<String> missing = e.missing();
    out.append(
        String.format(
            Locale.ROOT,
            "documents: %d found, %d missing %s%n",
            e.found().size(),
            missing.size(),
            pyList(missing.subList(0, Math.min(5, missing.size())))));
    out.append(
        String.format(Locale.ROOT, "%-16s %6s %6s %6s   tp/pred/gold%n", "field", "P", "R", "F1"));
    for (Field f : Field.values()) {
      if (fields.contains(f)) {
        Tally t = e.total(f);
        out.append(
            String.format(
                Locale.ROOT,
                "%-16s %6s %6s %6s   %d/%d/%d%n",
                f.key(),
                fixed(t.precision()),
                fixed(t.recall()),
                fixed(t.f1()),
                t.tp(),
                t.pred(),
                t.gold()));
      }
    }
    Tally o = e.overall(fields);
    out.append(
        String.format(
            Locale.ROOT,
            "overall F1 %s (P %s R %s)%n",
            fixed(o.f1()),
            fixed(o.precision()),
            fixed(o.recall())));
    return out.toString();
  }

  /** score.py's {@code --json} summary for all fields, plus per-document details when verbose. */
  public String json(Evaluation e, boolean verbose) {
    JsonObject root = new JsonObject();
    for (Field f : Field.values()) {
      Tally t = e.total(f);
      JsonObject o = scores(t);
      o.put("tp", t.tp());
      o.put("pred", t.pred());
      o.put("gold", t.gold());
      root.put(f.key(), o);
    }
    root.put("overall", scores(e.overall()));
    if (verbose) {
      JsonObject docs = new JsonObject();
      for (DocumentResult d : e.documents()) {
        JsonObject doc = new JsonObject();
        doc.put("found", d.found());
        for (FieldScore s : d.fields().values()) {
          JsonObject fo = new JsonObject();
          fo.put("tp", s.tp());
          fo.put("pred", s.pred());
          fo.put("gold", s.gold());
          fo.put("missed", array(s.missed()));
          fo.put("extras", array(s.extras()));
          doc.put(s.field().key(), fo);
        }
        docs.put(d.id(), doc);
      }
      root.put("documents", docs);
    }
    return JSON.toString(root);
  }

  private static JsonObject scores(Tally t) {
    JsonObject o = new JsonObject();
    o.put("p", JsonNumber.value(t.precision()));
    o.put("r", JsonNumber.value(t.recall()));
    o.put("f1", JsonNumber.value(t.f1()));
    return o;
  }

  private static JsonArray array(List<String> items) {
    JsonArray a = new JsonArray();
    items.forEach(a::add);
    return a;
  }

  /**
   * Python's {@code :.3f}: the exact binary value rounded half-even. Java's {@code %.3f} rounds
   * half-up, which differs on exact ties such as 0.0625.
   */
  static String fixed(double d) {
    return new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  // Python's repr of a list of strings, as score.py prints the first missing ids
  private static String pyList(List<String> items) {
    return items.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
