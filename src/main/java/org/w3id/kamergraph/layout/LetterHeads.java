package org.w3id.kamergraph.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a {@link LetterHead} in the part of the text before the first question: a field label at
 * the start of a line ({@code Datum}, {@code Betreft}, {@code Ons kenmerk}, {@code Uw kenmerk}, a
 * colon allowed) with its value after it on that line or alone on the next. A label in running
 * text, or after the first question, is not a field.
 */
final class LetterHeads {
  private static final Pattern DATE = field("Datum");
  private static final Pattern SUBJECT = field("Betreft|Onderwerp");
  private static final Pattern OUR_REFERENCE = field("Ons[ \\t]+kenmerk|Onze[ \\t]+referentie");
  private static final Pattern YOUR_REFERENCE = field("Uw[ \\t]+kenmerk|Uw[ \\t]+brief");

  private LetterHeads() {}

  private static Pattern field(String labels) {
    return Pattern.compile(
        "(?m)^[ \\t>]*(?:" + labels + ")[ \\t]*:?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(\\S[^\\n]{0,300})$");
  }

  /** The letter-head fields in {@code [0, end)}: the first of each. */
  static LetterHead find(String text, int end) {
    return new LetterHead(
        value(DATE, text, end),
        value(SUBJECT, text, end),
        value(OUR_REFERENCE, text, end),
        value(YOUR_REFERENCE, text, end));
  }

  private static Optional<Region> value(Pattern field, String text, int end) {
    Matcher m = field.matcher(text).region(0, end);
    return m.find()
        ? Optional.of(new Region(m.start(1), m.end(1)).trimmed(text))
        : Optional.empty();
  }
}
