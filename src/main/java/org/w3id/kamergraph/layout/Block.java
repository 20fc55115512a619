package org.w3id.kamergraph.layout;

import java.util.List;

/**
 * A question or an answer: the numbers it carries ({@code Vraag 2 en 3} carries 2 and 3) and its
 * text without the label, trimmed.
 */
public record Block(List<Integer> numbers, Region body) {
  public Block {
    numbers = List.copyOf(numbers);
  }
}
