package org.w3id.kamergraph.extract.names;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.reference.DataFiles;

/**
 * A head word that marks a capitalised name as a programme, report or organisation, read from
 * {@code heads.tsv}.
 *
 * @param kind what a name with this head is
 * @param position where the head stands in the name
 * @param words the head's words as written (case matters)
 */
public record HeadRule(EntityKind kind, Position position, List<String> words) {
  /** Where the head stands; see {@code heads.tsv} for examples. */
  public enum Position {
    /** Opens the name: {@code Autoriteit Persoonsgegevens}, {@code Raad voor Cultuur}. */
    PREFIX,
    /**
     * A lower-case head before the name, not part of it: {@code het programma Doorpakken op
     * Digitalisering}.
     */
    LEAD,
    /**
     * A lower-case plural head before one name or a list of them, each a name of its own: {@code de
     * drinkwaterbedrijven Vitens, Brabant Water en Oasen}. Organisations only.
     */
    LEADS,
    /** A head followed by a place name, both part of the name: {@code rechtbank Oost-Brabant}. */
    PLACE,
    /**
     * A word within or ending the name: {@code Rathenau Instituut}, {@code Strategisch Actieplan
     * voor AI}.
     */
    WORD,
    /** A compound ending: {@code Warmtefonds}, {@code Kansspelautoriteit}. */
    SUFFIX,
    /**
     * A compound ending that names a thing in lower case too, after {@code de} or {@code het}:
     * {@code de werkkostenregeling} (generic compounds aside).
     */
    LOWER
  }

  public HeadRule {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("head rule without words");
    }
  }

  /** The rules shipped with kamergraph. */
  public static List<HeadRule> load() {
    return DataFiles.load("heads.tsv", HeadRule::parse);
  }

  /**
   * The rules of a {@code heads.tsv} file.
   *
   * @throws DataFiles.MalformedLine for a line without three columns, an unknown kind or position,
   *     or no head
   */
  public static List<HeadRule> parse(Reader in) throws IOException {
    List<HeadRule> out = new ArrayList<>();
    for (DataFiles.Row row : DataFiles.numberedRows(in)) {
      String[] cols = row.cols();
      try {
        if (cols.length != 3 || cols[2].isBlank()) {
          throw new IllegalArgumentException("not \"kind, position, head\"");
        }
        out.add(
            new HeadRule(
                EntityKind.valueOf(cols[0].strip()),
                Position.valueOf(cols[1].strip().toUpperCase(Locale.ROOT)),
                List.of(cols[2].strip().split("\\s+"))));
      } catch (IllegalArgumentException e) {
        throw new DataFiles.MalformedLine(
            row.line(), "bad head rule \"" + String.join("\t", cols) + "\": " + e.getMessage());
      }
    }
    return out;
  }
}
