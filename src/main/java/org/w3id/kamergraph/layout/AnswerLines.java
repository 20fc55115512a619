package org.w3id.kamergraph.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer line, {@code Antwoord van Minister Staghouwer (Landbouw, Natuur en Voedselkwaliteit)
 * en van Minister Van der Wal-Zeggelink (Natuur en Stikstof) (ontvangen 7 juni 2022)}, or the
 * Mededeling's, {@code Mededeling van minister X (…) (ontvangen …)}: the first in the text.
 */
final class AnswerLines {
  private static final Pattern LINE =
      Pattern.compile(
          "(Antwoord|Mededeling)\\s++van\\s++(.{3,600}?)\\(\\s*+(?i:ontvangen)\\s", Pattern.DOTALL);

  /** The words that open an answer line, whatever follows them. */
  private static final Pattern OPENING = Pattern.compile("(?:Antwoord|Mededeling)\\s+van\\s");

  private AnswerLines() {}

  static Optional<AnswerLine> find(String text) {
    Matcher m = LINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new AnswerLine(
            m.group(1).equals("Mededeling"),
            new Region(m.start(1), m.end(1)),
            new Region(m.start(2), m.end(2))));
  }

  /** Where the words {@code Antwoord van} or {@code Mededeling van} first stand, if anywhere. */
  static Optional<Region> opening(String text) {
    Matcher m = OPENING.matcher(text);
    return m.find() ? Optional.of(new Region(m.start(), m.end())) : Optional.empty();
  }
}
