package org.w3id.kamergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A footnote's text with its number.
 *
 * @param number the footnote's number as printed
 * @param text its text (whitespace collapsed)
 * @param span where the footnote text is in the text as read
 * @param links the web addresses it gives, each an absolute http(s) IRI, in order
 */
public record Footnote(int number, String text, Span span, List<String> links) {
  public Footnote {
    links = List.copyOf(links);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
