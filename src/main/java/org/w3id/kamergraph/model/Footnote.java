package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A footnote's text with its number.
 *
 * @param number the footnote's number as printed
 * @param text its text (whitespace collapsed)
 * @param span where the footnote text is in the text as read
 */
public record Footnote(int number, String text, Span span) {
  public Footnote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
