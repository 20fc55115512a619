package org.w3id.kamergraph.layout;

/**
 * A numbered paragraph that asks: {@code 1. Kent u …?} or {@code 1} on a line of its own with the
 * question below.
 *
 * @param number its number
 * @param lineStart where its line (the number) starts
 * @param textStart where the question's text starts
 * @param end where the question ends: after the first line that ends by asking
 */
record NumberedQuestion(int number, int lineStart, int textStart, int end) {
  /** The question as a block. */
  Block block(String text) {
    return new Block(java.util.List.of(number), new Region(textStart, end).trimmed(text));
  }
}
