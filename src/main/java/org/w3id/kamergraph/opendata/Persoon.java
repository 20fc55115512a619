package org.w3id.kamergraph.opendata;

import java.util.Locale;

/**
 * A TK {@code Persoon}: anyone the Kamer keeps a record of, members and former members above all.
 * Ministers who were never members are not there.
 */
public record Persoon(
    String id,
    String initialen,
    String tussenvoegsel,
    String achternaam,
    String voornamen,
    String roepnaam,
    String functie) {

  static Persoon from(TkRecord r) {
    if (r.get("Achternaam") == null) {
      throw new IllegalArgumentException("no Achternaam");
    }
    return new Persoon(
        r.id(),
        r.get("Initialen"),
        r.get("Tussenvoegsel"),
        r.get("Achternaam"),
        r.get("Voornamen"),
        r.get("Roepnaam"),
        r.get("Functie"));
  }

  /** The name used: Roepnaam, else the first of Voornamen; may be {@code null}. */
  public String givenName() {
    if (roepnaam != null) {
      return roepnaam;
    }
    return voornamen == null ? null : voornamen.split("\\s+")[0];
  }

  /**
   * The surname as Dutch writes it alone, the tussenvoegsel capitalised: {@code van der} + {@code
   * Lee} is {@code Van der Lee}.
   */
  public String familyName() {
    if (tussenvoegsel == null) {
      return achternaam;
    }
    return Character.toUpperCase(tussenvoegsel.charAt(0))
        + tussenvoegsel.substring(1)
        + " "
        + achternaam;
  }

  /** The full name: given name, tussenvoegsel as written, surname ({@code Fleur Agema}). */
  public String fullName() {
    StringBuilder b = new StringBuilder();
    if (givenName() != null) {
      b.append(givenName()).append(' ');
    }
    if (tussenvoegsel != null) {
      b.append(tussenvoegsel).append(' ');
    }
    return b.append(achternaam).toString();
  }

  /** Whether the record calls them a (former) member of the Tweede Kamer. */
  public boolean kamerlid() {
    return functie != null && functie.toLowerCase(Locale.ROOT).contains("kamerlid");
  }
}
