package org.w3id.kamergraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.kamergraph.model.EntityKind;

/**
 * One document naming one thing two ways: a report or programme by its main title and by its full
 * title ({@code Opgave AI} and {@code Opgave AI. De nieuwe systeemtechnologie}), or a name with one
 * word in the singular and in the plural ({@code Staatscommissie Demografische Ontwikkeling 2050}
 * and {@code … Ontwikkelingen 2050}). Writers vary within a document; the document still means one
 * thing, so the variants are one entity there.
 *
 * <p>Only within one document, and only between names no gazetteer knows (a known name has its own
 * key and is never folded into another). A short title that is the start of two different full
 * titles stays as it is: which one it means is a guess. Stateless.
 */
final class NameVariants {
  /** What may follow a main title before its subtitle. */
  private static final List<String> SUBTITLE_SEPARATORS =
      List.of(". ", ": ", " – ", " — ", " - ", "; ");

  /** Endings that make a plural (or genitive) of a Dutch or English word. */
  private static final List<String> NUMBER_ENDINGS = List.of("en", "s", "'s", "’s");

  /** A name of the document: its entity, and how often the document names it. */
  record Name(String iri, EntityKind kind, String label, boolean known, int mentions) {}

  private NameVariants() {}

  /**
   * For each name to be folded into another, the IRI of the one it is a variant of (never itself a
   * variant); names that stay as they are are absent. Deterministic for a given list order.
   */
  static Map<String, String> canonical(List<Name> names) {
    Map<String, String> parent = new LinkedHashMap<>();
    Map<String, Name> byIri = new LinkedHashMap<>(); // in the order given: the result depends on it
    for (Name n : names) {
      byIri.putIfAbsent(n.iri(), n);
    }
    List<Name> candidates =
        byIri.values().stream().filter(n -> !n.known() && folds(n.kind())).toList();
    // main title → full title, when the main title starts exactly one full title
    for (Name shortName : candidates) {
      if (shortName.kind() == EntityKind.ORGANISATION || words(shortName.label()) < 2) {
        continue;
      }
      List<Name> longer = new ArrayList<>();
      for (Name longName : candidates) {
        if (longName != shortName
            && longName.kind() == shortName.kind()
            && subtitled(fold(shortName.label()), fold(longName.label()))) {
          longer.add(longName);
        }
      }
      if (longer.size() == 1) {
        parent.put(shortName.iri(), longer.get(0).iri());
      }
    }
    // one word in the singular and the plural: the name written more often stays
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = i + 1; j < candidates.size(); j++) {
        Name a = candidates.get(i);
        Name b = candidates.get(j);
        if (a.kind() == b.kind()
            && !parent.containsKey(a.iri())
            && !parent.containsKey(b.iri())
            && numberVariants(a.label(), b.label())) {
          boolean keepA =
              a.mentions() != b.mentions()
                  ? a.mentions() > b.mentions()
                  : a.label().compareTo(b.label()) <= 0;
          parent.put(keepA ? b.iri() : a.iri(), keepA ? a.iri() : b.iri());
        }
      }
    }
    // follow chains (a main title folded into a full title that is itself a variant)
    Map<String, String> out = new LinkedHashMap<>();
    for (String iri : parent.keySet()) {
      String root = iri;
      Set<String> seen = new java.util.HashSet<>();
      while (parent.containsKey(root) && seen.add(root)) {
        root = parent.get(root);
      }
      if (!root.equals(iri)) {
        out.put(iri, root);
      }
    }
    return out;
  }

  private static boolean folds(EntityKind kind) {
    return kind == EntityKind.REPORT
        || kind == EntityKind.PROGRAMME
        || kind == EntityKind.ORGANISATION;
  }

  /** Whether {@code full} is {@code main}, a separator and a subtitle that starts with a letter. */
  private static boolean subtitled(String main, String full) {
    if (!full.startsWith(main)) {
      return false;
    }
    String rest = full.substring(main.length());
    for (String sep : SUBTITLE_SEPARATORS) {
      if (rest.startsWith(sep)
          && rest.length() > sep.length()
          && Character.isLetter(rest.charAt(sep.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Same words but one, which is the other with a plural ending; two words at least. */
  static boolean numberVariants(String a, String b) {
    String[] x = fold(a).split(" ");
    String[] y = fold(b).split(" ");
    if (x.length != y.length || x.length < 2) {
      return false;
    }
    int differing = -1;
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i])) {
        if (differing >= 0) {
          return false;
        }
        differing = i;
      }
    }
    if (differing < 0) {
      return false;
    }
    String p = x[differing];
    String q = y[differing];
    String shorter = p.length() < q.length() ? p : q;
    String longer = shorter == p ? q : p;
    return shorter.length() >= 4
        && longer.startsWith(shorter)
        && NUMBER_ENDINGS.contains(longer.substring(shorter.length()));
  }

  private static int words(String s) {
    return fold(s).split(" ").length;
  }

  /** Lower case, one space between words, no soft hyphens. */
  static String fold(String s) {
    return s.replace("\u00ad", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
