package org.w3id.kamergraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.NormalisedText;

/**
 * One rule of {@link TextNormaliser}. A step returns its output with a map into its own input (see
 * {@link MappedTextBuilder}); the normaliser composes the maps. Steps are stateless and
 * thread-safe, and must run in linear time on any input (no backtracking regex on document text).
 */
interface NormalisationStep {
  NormalisedText apply(String input);

  /**
   * False only when {@link #apply} would return {@code input} unchanged: a quick scan that lets the
   * normaliser skip a step with nothing to do (most steps, in most documents).
   */
  default boolean mayChange(String input) {
    return true;
  }

  /** Whether any character of {@code input} passes {@code test}: the usual quick scan. */
  static boolean anyChar(String input, java.util.function.IntPredicate test) {
    for (int i = 0; i < input.length(); i++) {
      if (test.test(input.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code input} with every match of {@code pattern} replaced by spaces (newlines kept). The
   * length does not change, so the identity map is exact.
   */
  static NormalisedText blank(String input, Pattern pattern) {
    char[] chars = input.toCharArray();
    Matcher m = pattern.matcher(input);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return NormalisedText.identity(new String(chars));
  }
}
