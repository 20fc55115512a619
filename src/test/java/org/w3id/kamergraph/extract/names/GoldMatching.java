package org.w3id.kamergraph.extract.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching rules of {@code shared/tools/score.py} for named things, ported line by line:
 * {@code norm}, {@code fuzzy_eq}, alias groups and neutral items from the gold notes, greedy 1:1
 * matching.
 */
final class GoldMatching {
  private static final Set<String> STOP = Set.of("de", "het", "van", "voor", "en", "in", "op", "een", "the", "of");
  final List<List<String>> groups = new ArrayList<>();
  final List<String> neutral = new ArrayList<>();

  GoldMatching(String notes) {
    notes = notes == null ? "" : notes;
    Matcher m = Pattern.compile("ALIASES:(.*?)(?=BORDERLINE|$)", Pattern.DOTALL).matcher(notes);
    if (m.find()) {
      for (String part : splitTop(m.group(1), ";")) {
        List<String> names = new ArrayList<>();
        for (String x : part.split("=|\\balso (?:written|called|spelled)\\b", -1)) {
          String n = strip(x);
          if (n.length() >= 2) {
            names.add(n);
          }
        }
        if (!names.isEmpty()) {
          groups.add(names);
        }
      }
    }
    m = Pattern.compile("BORDERLINE[^:]*:(.*?)(?=\\.\\s+[A-Z]|ALIASES|BORDERLINE|$)", Pattern.DOTALL).matcher(notes);
    while (m.find()) {
      for (String item : splitTop(m.group(1), ",;")) {
        String n = strip(item.replaceFirst("^\\s*(and|en)\\s+", ""));
        if (n.length() >= 2) {
          neutral.add(n);
        }
      }
    }
    m = Pattern.compile("([^.;]*?)\\b(?:is|are) (?:a )?news sources?").matcher(notes);
    while (m.find()) {
      String chunk = m.group(1).replaceAll("\\([^)]*\\)", " ");
      for (String item : chunk.split("/|,|\\band\\b", -1)) {
        String n = strip(item);
        if (n.length() >= 2 && n.length() <= 40) {
          neutral.add(n);
        }
      }
    }
  }

  static String norm(String s) {
    s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase();
    s = s.replace('\u2019', '\'').replace('\u2018', '\'');
    s = s.replaceAll("[\"'«»“”‘’`]", "");
    s = Pattern.compile("[^\\w\\-/ ]+", Pattern.UNICODE_CHARACTER_CLASS).matcher(s).replaceAll(" ");
    return s.replaceAll("\\s+", " ").strip();
  }

  static Set<String> tokens(String s) {
    Set<String> out = new HashSet<>(Arrays.asList(norm(s).split("[\\s\\-/]+")));
    out.removeIf(t -> t.isEmpty() || STOP.contains(t));
    return out;
  }

  static boolean fuzzyEq(String a, String b) {
    String na = norm(a);
    String nb = norm(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (na.equals(nb) || (na.length() >= 4 && nb.length() >= 4 && (na.contains(nb) || nb.contains(na)))) {
      return true;
    }
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    Set<String> inter = new HashSet<>(ta);
    inter.retainAll(tb);
    Set<String> union = new HashSet<>(ta);
    union.addAll(tb);
    return (double) inter.size() / union.size() >= 0.6;
  }

  boolean aliasEq(String p, String g) {
    if (fuzzyEq(p, g)) {
      return true;
    }
    for (List<String> grp : groups) {
      if (grp.stream().anyMatch(x -> fuzzyEq(g, x)) && grp.stream().anyMatch(x -> fuzzyEq(p, x))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a prediction counts: it matches some gold item, or at least no neutral one. */
  boolean notNeutral(List<String> labels, List<String> allGold) {
    if (labels.stream().anyMatch(l -> allGold.stream().anyMatch(g -> aliasEq(l, g)))) {
      return true;
    }
    return labels.stream().noneMatch(l -> neutral.stream().anyMatch(x -> fuzzyEq(l, x)));
  }

  /** Greedy 1:1: returns true positives; {@code missed} receives unmatched gold. */
  static int match(List<List<String>> pred, List<String> gold, BiPredicate<String, String> eq, List<String> missed, List<String> wrong) {
    boolean[] used = new boolean[gold.size()];
    int tp = 0;
    for (List<String> p : pred) {
      boolean hit = false;
      for (int i = 0; i < gold.size() && !hit; i++) {
        final int gi = i;
        if (!used[i] && p.stream().anyMatch(alt -> eq.test(alt, gold.get(gi)))) {
          used[i] = true;
          hit = true;
          tp++;
        }
      }
      if (!hit) {
        wrong.add(p.get(0));
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!used[i]) {
        missed.add(gold.get(i));
      }
    }
    return tp;
  }

  private static String strip(String item) {
    item = item.replaceAll("\\([^)]*\\)", " ").replaceAll("[«»“”‘’'\"]", " ").replaceAll("\\s+", " ").strip();
    return item.replaceAll("^[ .,:;]+|[ .,:;]+$", "");
  }

  private static List<String> splitTop(String text, String seps) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '(' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == ']') {
        depth = Math.max(0, depth - 1);
      }
      if (seps.indexOf(ch) >= 0 && depth == 0) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
