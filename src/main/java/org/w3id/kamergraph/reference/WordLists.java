package org.w3id.kamergraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The word lists the extractors use, as data: {@code kamergraph/words/NAME.txt} on the class path,
 * one word per line, blank lines and {@code #} comments skipped. A malformed list is a packaging
 * error reported with its file and line: a line of more than one word, a word listed twice.
 */
public final class WordLists {
  private static final String BASE = "/kamergraph/words/";

  private WordLists() {}

  /** The words of the shipped list {@code name}, in file order. */
  public static List<String> list(String name) {
    return list(name, word -> true, "a word");
  }

  /**
   * The words of the shipped list {@code name}, each of which must pass {@code valid}.
   *
   * @param expected what a valid word is, for the error ("one accented letter")
   * @throws IllegalStateException naming the file and line of a word that does not pass
   */
  public static List<String> list(String name, Predicate<String> valid, String expected) {
    String resource = BASE + name + ".txt";
    InputStream in = WordLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + "; rebuild the jar");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(resource, r, valid, expected);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The words of the shipped list {@code name}, as a set. */
  public static Set<String> set(String name) {
    return Set.copyOf(list(name));
  }

  /**
   * The words of a list read from {@code in}; {@code source} names it in errors.
   *
   * @throws IllegalStateException naming {@code source} and the line of a malformed entry
   */
  static List<String> parse(String source, Reader in) throws IOException {
    return parse(source, in, word -> true, "a word");
  }

  /**
   * The words of a list read from {@code in}, each of which must pass {@code valid}.
   *
   * @throws IllegalStateException naming {@code source} and the line of a malformed entry
   */
  static List<String> parse(String source, Reader in, Predicate<String> valid, String expected)
      throws IOException {
    List<String> words = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      String word = line.strip();
      if (word.isEmpty() || word.startsWith("#")) {
        continue;
      }
      if (word.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalStateException(
            source + ":" + number + ": \"" + word + "\" is more than one word");
      }
      if (!valid.test(word)) {
        throw new IllegalStateException(
            source + ":" + number + ": \"" + word + "\" is not " + expected);
      }
      Integer first = seen.putIfAbsent(word, number);
      if (first != null) {
        throw new IllegalStateException(
            source
                + ":"
                + number
                + ": \""
                + word
                + "\" is listed twice (first at line "
                + first
                + ")");
      }
      words.add(word);
    }
    if (words.isEmpty()) {
      throw new IllegalStateException(source + ": no words");
    }
    return List.copyOf(words);
  }
}
