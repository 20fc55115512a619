package org.w3id.kamergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered question, or a group of questions answered together ("Vraag 2 en 3").
 *
 * @param numbers the question numbers it carries, ascending
 * @param text the question's text (normalised, whitespace collapsed)
 * @param span where the text is in the text as read
 * @param footnotes the numbers of the footnotes whose markers stand in the text, in order
 */
public record QuestionBlock(
    List<Integer> numbers, String text, Span span, List<Integer> footnotes) {
  public QuestionBlock {
    numbers = List.copyOf(numbers);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (numbers.isEmpty()) {
      throw new IllegalArgumentException("a question block needs a number");
    }
  }
}
