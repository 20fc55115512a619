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
