package org.w3id.kamergraph.opendata;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.w3id.kamergraph.model.InputException;

/** The entity sets kamergraph reads, and how a file says which one it holds. */
final class TkEntitySets {
  static final String PERSOON = "Persoon";
  static final String FRACTIE = "Fractie";
  static final String FRACTIE_ZETEL = "FractieZetel";
  static final String FRACTIE_ZETEL_PERSOON = "FractieZetelPersoon";
  static final String ZAAK = "Zaak";

  /** Longest first, so {@code fractiezetelpersoon-1.json} is not taken for Fractie. */
  private static final List<String> KNOWN =
      List.of(PERSOON, FRACTIE, FRACTIE_ZETEL, FRACTIE_ZETEL_PERSOON, ZAAK).stream()
          .sorted(Comparator.comparing(String::length).reversed())
          .toList();

  private TkEntitySets() {}

  /**
   * The entity set of {@code …/$metadata#Persoon} (also {@code #Persoon(Id,Achternaam)} or {@code
   * #Persoon/$entity}); without a context, the one the file name starts with.
   */
  static String fromContext(String context, Path file) {
    if (context != null && context.contains("#")) {
      String s = context.substring(context.indexOf('#') + 1);
      int end = s.length();
      for (char c : new char[] {'(', '/'}) {
        int i = s.indexOf(c);
        end = i >= 0 ? Math.min(end, i) : end;
      }
      if (end > 0) {
        return s.substring(0, end);
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String set : KNOWN) {
      if (name.startsWith(set.toLowerCase(Locale.ROOT))) {
        return set;
      }
    }
    throw new InputException(
        file,
        "no @odata.context naming the entity set, and the file name does not start with one of "
            + KNOWN);
  }

  /**
   * {@code fractieZetelPersoon} (a SyncFeed element or category term) → {@code
   * FractieZetelPersoon}.
   */
  static String fromElement(String localName) {
    return localName.isEmpty()
        ? localName
        : Character.toUpperCase(localName.charAt(0)) + localName.substring(1);
  }
}
