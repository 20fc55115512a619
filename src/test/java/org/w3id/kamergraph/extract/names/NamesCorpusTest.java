package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;

/**
 * Measures the name extractors on the shared development corpus with the matching rules of {@code
 * score.py} and guards a floor. Skipped when the corpus ({@code -Dkamergraph.shared}, default
 * {@code ../shared}) is absent.
 */
class NamesCorpusTest {
  private static final Map<EntityKind, String> FIELD =
      Map.of(EntityKind.PROGRAMME, "programmes", EntityKind.REPORT, "reports", EntityKind.ORGANISATION, "organisations");

  @Test
  void namedThingsOnTheCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("kamergraph.shared", "../shared"), "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    List<Extractor> extractors = NameExtractors.create();
    Gazetteer gazetteer = Gazetteer.load();
    Map<String, int[]> totals = new LinkedHashMap<>(); // tp, pred, gold
    List<Path> golds;
    try (Stream<Path> s = Files.list(corpus)) {
      golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path gp : golds) {
      String id = gp.getFileName().toString().replace(".gold.json", "");
      String text = Files.readString(corpus.resolve(id + ".txt"), StandardCharsets.UTF_8);
      JsonObject gold = JSON.read(gp.toString());
      MentionCollector sink = new MentionCollector();
      ExtractionContext context = MentionCollector.context(id, text);
      extractors.forEach(e -> e.extract(context, sink));
      // one predicted thing per kind and label; a gazetteer entry carries all its names, as the
      // graph does with skos:altLabel
      Map<EntityKind, Map<String, List<String>>> predicted = new EnumMap<>(EntityKind.class);
      for (NamedMention m : sink.mentions) {
        List<String> alts =
            m.key() == null ? List.of(m.label()) : gazetteer.find(m.label()).map(GazetteerEntry::names).orElse(List.of(m.label()));
        predicted.computeIfAbsent(m.kind(), k -> new LinkedHashMap<>()).putIfAbsent(m.label(), alts);
      }
      String notes = gold.hasKey("notes") ? gold.get("notes").getAsString().value() : "";
      GoldMatching rules = new GoldMatching(notes);
      List<String> allGold = new ArrayList<>();
      List<List<String>> allPred = new ArrayList<>();
      for (var f : FIELD.entrySet()) {
        List<String> g = strings(gold, f.getValue());
        allGold.addAll(g);
      }
      for (var f : FIELD.entrySet()) {
        List<List<String>> p =
            predicted.getOrDefault(f.getKey(), Map.of()).values().stream().filter(l -> rules.notNeutral(l, allGold)).toList();
        allPred.addAll(p);
        add(totals, f.getValue(), p, strings(gold, f.getValue()), rules, null);
      }
      add(totals, "named_any_type", allPred, allGold, rules, id);
    }
    System.out.printf("%-16s %6s %6s %6s   tp/pred/gold%n", "field", "P", "R", "F1");
    for (var e : totals.entrySet()) {
      double[] prf = prf(e.getValue());
      System.out.printf("%-16s %6.3f %6.3f %6.3f   %d/%d/%d%n", e.getKey(), prf[0], prf[1], prf[2], e.getValue()[0], e.getValue()[1], e.getValue()[2]);
    }
    double[] any = prf(totals.get("named_any_type"));
    assertThat(any[0]).as("precision").isGreaterThanOrEqualTo(0.93);
    assertThat(any[2]).as("F1").isGreaterThanOrEqualTo(FLOOR_F1);
  }

  // just below what the extractors reach (P 0.959, R 0.886, F1 0.921), so a regression fails
  static final double FLOOR_F1 = 0.90;

  private static void add(Map<String, int[]> totals, String field, List<List<String>> pred, List<String> gold, GoldMatching rules, String id) {
    List<String> missed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int tp = GoldMatching.match(pred, gold, rules::aliasEq, missed, wrong);
    int[] t = totals.computeIfAbsent(field, k -> new int[3]);
    t[0] += tp;
    t[1] += pred.size();
    t[2] += gold.size();
    if (id != null && (!missed.isEmpty() || !wrong.isEmpty())) {
      System.out.println("## " + id + "\n   missed: " + missed + "\n   wrong:  " + wrong);
    }
  }

  private static List<String> strings(JsonObject gold, String field) {
    List<String> out = new ArrayList<>();
    if (gold.hasKey(field) && gold.get(field).isArray()) {
      for (JsonValue v : gold.get(field).getAsArray()) {
        out.add(v.getAsString().value());
      }
    }
    return out;
  }

  private static double[] prf(int[] t) {
    double p = t[1] == 0 ? (t[2] == 0 ? 1 : 0) : (double) t[0] / t[1];
    double r = t[2] == 0 ? 1 : (double) t[0] / t[2];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }
}
