package org.w3id.kamergraph.layout;

import java.util.List;

/**
 * A question or an answer: the numbers it carries ({@code Vraag 2 en 3} carries 2 and 3), its text
 * without the label, trimmed, where footnote markers stand in it, and the footnotes printed inside
 * it (in PDF text a page's footnotes fall between a block's lines). Neither markers nor footnotes
 * are part of what the question asks or the answer says; the body's region still covers them.
 *
 * @param markers each footnote marker's digits, in order
 * @param notes each footnote printed inside the body, number to end of text, in order
 */
public record Block(List<Integer> numbers, Region body, List<Region> markers, List<Region> notes) {
  public Block {
    numbers = List.copyOf(numbers);
    markers = List.copyOf(markers);
    notes = List.copyOf(notes);
  }

  /** A block whose footnote markers and footnotes are not known. */
  public Block(List<Integer> numbers, Region body) {
    this(numbers, body, List.of(), List.of());
  }

  /**
   * The numbers of the footnotes whose markers stand in the body, in order of first appearance,
   * each once ({@code 1} and {@code 1)} both name footnote 1).
   */
  public List<Integer> markerNumbers(String text) {
    return markers.stream()
        .map(r -> r.of(text).replace(")", "").strip())
        .filter(n -> n.matches("\\d{1,3}"))
        .map(Integer::parseInt)
        .distinct()
        .toList();
  }

  /** The body's text without its footnote markers and the footnotes printed inside it. */
  public String text(String text) {
    List<Region> left =
        java.util.stream.Stream.concat(markers.stream(), notes.stream())
            .sorted(java.util.Comparator.comparingInt(Region::begin))
            .toList();
    StringBuilder out = new StringBuilder();
    int at = body.begin();
    for (Region r : left) {
      if (r.begin() >= at) {
        out.append(text, at, r.begin()).append(' ');
        at = Math.min(body.end(), r.end());
      }
    }
    return out.append(text, at, body.end()).toString();
  }
}
