package org.w3id.kamergraph.ingest;

import org.w3id.kamergraph.model.NormalisedText;

/**
 * Keeps at most {@link #MAX_RUN} combining marks in a row and drops the rest. Dutch needs one (é,
 * ë); no script needs more than a few. A long run is damage or an attack, and a costly one: Java's
 * regex word boundary looks back over every mark before it to find the letter they belong to, so
 * each boundary test in a run of n marks costs n (32,000 marks in 64 KB took 16 s).
 */
final class CombiningMarkStep implements NormalisationStep {
  /** The most combining marks kept after one another. */
  static final int MAX_RUN = 4;

  @Override
  public boolean mayChange(String input) {
    return NormalisationStep.anyChar(input, c -> isMark((char) c));
  }

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    int run = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isMark(c)) {
        if (++run > MAX_RUN) {
          continue;
        }
      } else {
        run = 0;
      }
      out.append(c, i);
    }
    return out.build(input.length());
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
