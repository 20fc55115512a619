package org.w3id.kamergraph.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The IRI-safe words names become: the reference register keys its persons with them and IRIs are
 * minted from them, so both must slug a name the same way; this is the one place that does.
 */
public final class Slugs {
  // compiled once: slugging runs for every IRI minted and every register entry at start-up
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /** Lower case ASCII words joined by '-': diacritics dropped, everything else a separator. */
  public static String slug(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    String words = SEPARATORS.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("-");
    String slug = EDGE_HYPHENS.matcher(words).replaceAll("");
    return slug.isEmpty() ? "x" : slug;
  }
}
