package org.w3id.kamergraph.evaluate;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The loose equalities of score.py: {@code tokens}, {@code fuzzy_eq} and {@code name_eq}. */
public final class Similarity {
  private static final Pattern SEPARATORS = Pattern.compile("(?U)[\\s\\-/]+");
  private static final Set<String> STOPWORDS =
      Set.of("de", "het", "van", "voor", "en", "in", "op", "een", "the", "of");

  private Similarity() {}

  /** The normalised words of {@code s} without Dutch and English function words. */
  public static Set<String> tokens(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : SEPARATORS.split(Normalise.norm(s), -1)) {
      if (!t.isEmpty() && !STOPWORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether two names of a thing are the same: equal when normalised, one containing the other
   * (both at least 4 characters), or at least 60% of their words shared (Jaccard).
   */
  public static boolean fuzzyEq(String a, String b) {
    String na = Normalise.norm(a);
    String nb = Normalise.norm(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (na.equals(nb)) {
      return true;
    }
    if (Normalise.length(na) >= 4
        && Normalise.length(nb) >= 4
        && (nb.contains(na) || na.contains(nb))) {
      return true;
    }
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    Set<String> union = new LinkedHashSet<>(ta);
    union.addAll(tb);
    long shared = ta.stream().filter(tb::contains).count();
    return (double) shared / union.size() >= 0.6;
  }

  /**
   * Whether a predicted name is the gold surname: equal without spaces and hyphens, or ending in it
   * (a full name ends in the surname) when the gold name has at least 3 characters.
   */
  public static boolean nameEq(String pred, String gold) {
    String pn = Normalise.normName(Normalise.foldPdf(pred));
    String gn = Normalise.normName(Normalise.foldPdf(gold));
    return pn.equals(gn) || (Normalise.length(gn) >= 3 && pn.endsWith(gn));
  }
}
