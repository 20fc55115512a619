package org.w3id.kamergraph.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The IRI-safe words names become: the reference register keys its persons with them and IRIs are
 * minted from them, so both must slug a name the same way; this is the one place that does.
 */
public final class Slugs {
  private Slugs() {}

  /** Lower case ASCII words joined by '-': diacritics dropped, everything else a separator. */
  public static String slug(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
