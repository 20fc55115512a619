package org.w3id.kamergraph.layout;

import java.util.List;

/**
 * A question or an answer: the numbers it carries ({@code Vraag 2 en 3} carries 2 and 3), its text
 * without the label, trimmed, and where footnote markers stand in it (known when the source marks
 * them; they are not part of what the question asks or the answer says).
 */
public record Block(List<Integer> numbers, Region body, List<Region> markers) {
  public Block {
    numbers = List.copyOf(numbers);
    markers = List.copyOf(markers);
  }

  /** A block whose footnote markers are not known. */
  public Block(List<Integer> numbers, Region body) {
    this(numbers, body, List.of());
  }

  /** The body's text without its footnote markers. */
  public String text(String text) {
    StringBuilder out = new StringBuilder();
    int at = body.begin();
    for (Region m : markers) {
      out.append(text, at, m.begin());
      at = m.end();
    }
    return out.append(text, at, body.end()).toString();
  }
}
