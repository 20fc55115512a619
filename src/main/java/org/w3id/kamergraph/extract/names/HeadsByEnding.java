package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Head rules grouped by how their head ends, so the rules whose head a word may end in are found
 * with one lookup instead of trying every rule on every word of every document (the head-noun
 * extractor did that, and it was a third of extraction's time). A word can only end in a head, in
 * either case, when its lower-cased last {@link #ENDING} letters are the head's; heads shorter than
 * that are tried on every word. Immutable once built.
 */
final class HeadsByEnding {
  /** How many letters of the end are compared; the shortest heads in {@code heads.tsv} have 3. */
  static final int ENDING = 3;

  private final Map<String, List<HeadRule>> byEnding = new HashMap<>();
  private final List<HeadRule> shortHeads = new ArrayList<>();

  /** Groups {@code rules}, keyed by their first word (a suffix or lower-case head is one word). */
  HeadsByEnding(List<HeadRule> rules) {
    for (HeadRule r : rules) {
      String head = r.words().get(0).toLowerCase(Locale.ROOT);
      if (head.length() < ENDING) {
        shortHeads.add(r);
      } else {
        byEnding.computeIfAbsent(ending(head), k -> new ArrayList<>()).add(r);
      }
    }
  }

  /**
   * The rules whose head {@code lowerWord} (a word lower-cased with {@link Locale#ROOT}) may end
   * in, in the order they were given; every rule whose head the word ends in is among them, and
   * others may be (the caller still compares the whole head).
   */
  List<HeadRule> candidates(String lowerWord) {
    List<HeadRule> same =
        lowerWord.length() < ENDING
            ? List.of()
            : byEnding.getOrDefault(ending(lowerWord), List.of());
    if (shortHeads.isEmpty()) {
      return same;
    }
    List<HeadRule> all = new ArrayList<>(shortHeads);
    all.addAll(same);
    return all;
  }

  /**
   * Whether {@code word}, in any case, may end in one of the heads: false only when no head ends in
   * its last letters, which rules out most words before anything tries each of their endings.
   */
  boolean mayEnd(String word) {
    return !shortHeads.isEmpty()
        || word.length() < ENDING
        || byEnding.containsKey(ending(word).toLowerCase(Locale.ROOT));
  }

  private static String ending(String s) {
    return s.substring(s.length() - ENDING);
  }
}
