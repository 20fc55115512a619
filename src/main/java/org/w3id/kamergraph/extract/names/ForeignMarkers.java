package org.w3id.kamergraph.extract.names;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.reference.DataFiles;

/**
 * What marks a minister or ministry named in the text as another country's ({@code de Armeense
 * minister van Buitenlandse Zaken}, {@code de minister van Justitie van Curaçao}), so it is not
 * taken for a Dutch one. Read from {@code foreign.tsv}; immutable, thread-safe.
 */
public final class ForeignMarkers {
  /** {@code van} (or {@code van de}, {@code van het}) and a capitalised name of up to 4 words. */
  private static final Pattern PLACE_AFTER =
      Pattern.compile(
          "^[ \\t]*+van[ \\t]++(?:(?:de|het)[ \\t]++)?(\\p{Lu}[\\p{L}-]*+(?:[ \\t]++(?:en[ \\t]++)?\\p{Lu}[\\p{L}-]*+){0,3})");

  private final Set<String> adjectives = new TreeSet<>();
  private final Set<String> places = new TreeSet<>();

  private ForeignMarkers() {}

  /** The shipped lists. */
  public static ForeignMarkers load() {
    ForeignMarkers m = new ForeignMarkers();
    DataFiles.load("foreign.tsv", DataFiles::rows)
        .forEach(
            row -> {
              if (row.length != 2) {
                throw new IllegalStateException(
                    "foreign.tsv: expected kind<TAB>word, got " + row[0]);
              }
              switch (row[0]) {
                case "adjective" -> m.adjectives.add(key(row[1]));
                case "place" -> m.places.add(key(row[1]));
                default -> throw new IllegalStateException("foreign.tsv: unknown kind " + row[0]);
              }
            });
    return m;
  }

  /** Whether {@code word} (the word right before "minister", "ministerie" …) names a country. */
  public boolean isForeignAdjective(String word) {
    return adjectives.contains(key(word));
  }

  /**
   * Whether the text right after a department's name ({@code after}, from the end of the name)
   * places it in another country: {@code van Curaçao}, {@code van de Verenigde Staten}. Names of
   * one to four capitalised words are tried longest first.
   */
  public boolean placedAbroad(CharSequence after) {
    Matcher m = PLACE_AFTER.matcher(after);
    if (!m.find()) {
      return false;
    }
    String[] words = m.group(1).split("[ \\t]+");
    for (int n = words.length; n >= 1; n--) {
      if (places.contains(key(String.join(" ", java.util.Arrays.copyOf(words, n))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} is a country or region of the list ({@code Duitsland}, {@code Curaçao}).
   */
  public boolean isPlace(String name) {
    return places.contains(key(name));
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
