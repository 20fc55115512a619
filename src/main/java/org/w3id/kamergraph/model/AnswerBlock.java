package org.w3id.kamergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An answer to one or more numbered questions ("Antwoord 2 en 3").
 *
 * @param numbers the question numbers it answers, ascending
 * @param text the answer's text (normalised, whitespace collapsed)
 * @param span where the text is in the text as read
 */
public record AnswerBlock(List<Integer> numbers, String text, Span span) {
  public AnswerBlock {
    numbers = List.copyOf(numbers);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
