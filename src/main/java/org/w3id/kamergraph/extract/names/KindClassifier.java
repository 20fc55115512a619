package org.w3id.kamergraph.extract.names;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.reference.DataFiles;

/**
 * Tells from its words what a name the gazetteer does not know is: the first word (left to right)
 * ending in a word of {@code kind-words.tsv}, or in its plural in -en or -s, decides, so {@code
 * Nederlandse Organisatie voor Wetenschappelijk Onderzoek} is an organisation and {@code
 * Investeringssubsidie duurzame energie} a programme. Names whose deciding word is marked NONE
 * (laws, ministers) and names without such a word are not classified. Immutable.
 */
public final class KindClassifier {
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]");

  /**
   * A kind word and its plurals in -en and -s, spelled out once at load: {@link #deciding} asks
   * every word of a name against every ending.
   */
  private record Ending(String ending, String pluralEn, String pluralS, EntityKind kind) {
    Ending(String ending, EntityKind kind) {
      this(ending, ending + "en", ending + "s", kind);
    }

    boolean ends(String word) {
      return word.endsWith(ending) || word.endsWith(pluralEn) || word.endsWith(pluralS);
    }
  }

  private final List<Ending> endings;

  private KindClassifier(List<Ending> endings) {
    this.endings = List.copyOf(endings);
  }

  public static KindClassifier load() {
    return DataFiles.load("kind-words.tsv", KindClassifier::parse);
  }

  public static KindClassifier parse(Reader in) throws IOException {
    List<Ending> out = new ArrayList<>();
    for (String[] cols : DataFiles.rows(in)) {
      if (cols.length != 2) {
        throw new IOException("bad kind word: " + String.join("\t", cols));
      }
      EntityKind kind = cols[0].strip().equals("NONE") ? null : EntityKind.valueOf(cols[0].strip());
      out.add(new Ending(cols[1].strip().toLowerCase(Locale.ROOT), kind));
    }
    return new KindClassifier(out);
  }

  /**
   * Whether the words of {@code name} say it is none of the named kinds (a law, a minister, a
   * motion: {@code NONE} in the list).
   */
  public boolean namesNone(String name) {
    return deciding(name).filter(e -> e.kind() == null).isPresent();
  }

  /** The ending of the first word (left to right) that has one of the list's. */
  private Optional<Ending> deciding(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s/]+")) {
      String w = NON_WORD.matcher(word).replaceAll("");
      for (Ending e : endings) {
        // a kind word in the plural names the kind too ("Decentrale OV-autoriteiten")
        if (e.ends(w)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** The kind of {@code name}, or empty when its words do not say or say it is none of them. */
  public Optional<EntityKind> classify(String name) {
    return deciding(name).map(Ending::kind);
  }
}
