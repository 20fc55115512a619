package org.w3id.kamergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An answer to one or more numbered questions ("Antwoord 2 en 3").
 *
 * @param numbers the question numbers it answers, ascending
 * @param text the answer's text (normalised, whitespace collapsed)
 * @param span where the text is in the text as read
 * @param footnotes the numbers of the footnotes whose markers stand in the text, in order
 */
public record AnswerBlock(List<Integer> numbers, String text, Span span, List<Integer> footnotes) {
  public AnswerBlock {
    numbers = List.copyOf(numbers);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
