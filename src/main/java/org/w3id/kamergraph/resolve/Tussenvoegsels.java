package org.w3id.kamergraph.resolve;

import java.util.Locale;
import java.util.Set;

/**
 * The Dutch rule for a surname's tussenvoegsel: capitalised when the surname stands alone ("De
 * Vries", the form {@code foaf:familyName} keeps), lower case after a first name or initials
 * ("Aukje de Vries").
 */
final class Tussenvoegsels {
  private static final Set<String> WORDS =
      Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "d'", "el");

  private Tussenvoegsels() {}

  /** The family name as written after a first name: its leading tussenvoegsel in lower case. */
  static String inName(String familyName) {
    int space = familyName.indexOf(' ');
    if (space > 0 && WORDS.contains(familyName.substring(0, space).toLowerCase(Locale.ROOT))) {
      return familyName.substring(0, 1).toLowerCase(Locale.ROOT) + familyName.substring(1);
    }
    return familyName;
  }
}
