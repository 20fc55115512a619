package org.w3id.kamergraph.extract.names;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Finds a programme named by a capitalised qualifier before a lower-case compound head: {@code het
 * Interprovinciaal wolvenplan}, {@code de Samenhangende preventiestrategie}, {@code het Landelijk
 * afvalbeheerplan 2009-2021}. Inside a sentence a capital on an ordinary adjective says that the
 * two words are a name. Immutable.
 *
 * <p>The qualifier must follow {@code de} or {@code het} and must not open its sentence (its
 * capital would then say nothing). Adjectives of countries and regions ({@code het Nederlandse
 * herstelplan}, {@code de Europese strategie}) are always capitalised, so they describe a plan
 * rather than name it; they are known by their endings ({@code place-adjective-endings}).
 */
final class QualifiedCompounds {
  /** How much longer than its head a compound is at least ({@code bijenplan}, not {@code plan}). */
  private static final int MIN_STEM = 3;

  private static final Set<String> ARTICLES = Set.of("de", "het");

  private final Set<String> placeEndings;

  QualifiedCompounds(Set<String> placeEndings) {
    this.placeEndings = Set.copyOf(placeEndings);
  }

  /** The qualifiers of the shipped word list. */
  static QualifiedCompounds load() {
    return new QualifiedCompounds(WordLists.set("place-adjective-endings"));
  }

  /** The tokens {@code first..last} of a name. */
  record Span(int first, int last) {}

  /**
   * The name whose head is token {@code i}, a lower-case compound ending in {@code head}; empty
   * when token {@code i} is not such a compound or no qualifier names it. {@code known} marks the
   * characters of names the gazetteer knows, which are no qualifier.
   */
  Optional<Span> at(NameTokens t, int i, String head, boolean[] known) {
    String word = t.get(i).text();
    int q = i - 1;
    if (q < 1
        || !Character.isLowerCase(word.codePointAt(0))
        || !word.endsWith(head)
        || word.length() < head.length() + MIN_STEM
        || !t.joined(q)
        || !t.joined(q - 1)
        || !ARTICLES.contains(t.get(q - 1).text().toLowerCase(Locale.ROOT))
        || !qualifier(t, q)
        || known[t.get(q).begin()]) {
      return Optional.empty();
    }
    // "het Landelijk afvalbeheerplan 2009-2021": a year or period belongs to the plan
    return Optional.of(new Span(q, t.period(i)));
  }

  /** A capitalised adjective inside its sentence that is not a country's or region's. */
  private boolean qualifier(NameTokens t, int q) {
    String w = t.get(q).text();
    if (!t.nameWord(q)
        || t.sentenceInitial(q)
        || !w.chars().allMatch(Character::isLetter)
        || w.substring(1).chars().anyMatch(Character::isUpperCase)) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return placeEndings.stream().noneMatch(lower::endsWith);
  }
}
