package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * What the questions are about, as the header says: "… over <em>het bericht «…»</em> (ingezonden
 * …)".
 *
 * @param text the subject, whitespace collapsed
 * @param span where it is in the text as read
 */
public record Title(String text, Span span) {
  public Title {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
