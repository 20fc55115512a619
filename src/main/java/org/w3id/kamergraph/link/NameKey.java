package org.w3id.kamergraph.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names compared with case, diacritics and spacing aside: {@code Van der Lée} = {@code van der
 * Lee}.
 */
final class NameKey {
  private NameKey() {}

  static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
  }
}
