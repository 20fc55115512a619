package org.w3id.kamergraph.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the header sentence of a set of written questions puts its parts: "Vragen van het lid X
 * (PARTY) aan de Minister van Y over … (ingezonden …)", or in an answer's cover letter "…vragen die
 * zijn gesteld door de leden X en Y (PARTY) over …". Offsets are into the normalised text.
 *
 * @param askersBegin start of the askers list
 * @param askersEnd end of the askers list
 * @param addresseesBegin start of the addressees list, or -1 when the header names none
 * @param addresseesEnd end of the addressees list, or -1
 * @param subject what the questions are about: between {@code over} and {@code (ingezonden …)},
 *     when the header names addressees and a submission date
 */
public record Header(
    int askersBegin,
    int askersEnd,
    int addresseesBegin,
    int addresseesEnd,
    Optional<Region> subject) {
  // Every run of whitespace between the parts is bounded and possessive, and each group starts
  // with a non-space: with open "\\s+" runs, "Vragen van het lid " and a long run of spaces cost
  // minutes (each way of splitting the run was tried against every length of the lazy group).
  private static final String WS = "\\s{1,20}+";

  private static final Pattern OFFICIAL_START =
      Pattern.compile("Vragen" + WS + "van" + WS + "(?:het" + WS + "lid|de" + WS + "leden)\\s");
  private static final Pattern OFFICIAL =
      Pattern.compile(
          "Vragen"
              + WS
              + "van"
              + WS
              + "(?:het"
              + WS
              + "lid|de"
              + WS
              + "leden)"
              + WS
              + "(\\S.{1,599}?)"
              + WS
              + "aan"
              + WS
              + "(\\S.{2,899}?)"
              + WS
              + "over\\s",
          Pattern.DOTALL);

  private static final String COVER_PREFIX =
      "(?:(?:[Vv]ragen|[Kk]amervragen)"
          + WS
          + "(?:die"
          + WS
          + "(?:zijn|werden)"
          + WS
          + ")?gesteld"
          + WS
          + "door"
          + WS
          // "de antwoorden op de vragen van de leden …", "Beantwoording van de Kamervragen van …"
          + "|(?:[Aa]ntwoord(?:en)?"
          + WS
          + "op|[Bb]eantwoording"
          + WS
          + "van)"
          + WS
          + "(?:de"
          + WS
          + ")?(?:schriftelijke"
          + WS
          + ")?(?:[Kk]amer)?vragen"
          + WS
          + "van"
          + WS
          + ")(?:het"
          + WS
          + "lid|de"
          + WS
          + "leden)";
  private static final Pattern COVER_START = Pattern.compile(COVER_PREFIX + "\\s");
  private static final Pattern COVER_LETTER =
      Pattern.compile(
          // "Vragen gesteld door de leden der Kamer" is the Aanhangsel's running head, not askers
          COVER_PREFIX + WS + "(?!der\\s+Kamer)(\\S.{1,599}?)" + WS + "(?:over|aan)\\s",
          Pattern.DOTALL);

  // older texts close the subject with a full stop and write "(Ingezonden …)".
  // whitespace possessive: with "over" followed by 64,000 blank lines, every split of the run was
  // tried against every subject length (more than 10 s for a 64 KB file; found by fuzzing)
  private static final Pattern SUBJECT =
      Pattern.compile(
          "\\s*+over\\s++(.{3,600}?)\\.?\\s*+\\(\\s*+(?i:ingezonden)\\s", Pattern.DOTALL);

  /** A header sentence fits in this many characters from its first word. */
  private static final int WINDOW = 2_000;

  /** Headers come first: a text where this many openings lead nowhere has none worth finding. */
  private static final int MAX_TRIES = 20;

  /**
   * The first header in the text, if there is one. Linear in the text: the full pattern is tried
   * only where a header's opening words stand, within {@link #WINDOW} characters of them, at most
   * {@link #MAX_TRIES} times.
   */
  static Optional<Header> find(String text) {
    Matcher m = first(OFFICIAL_START, OFFICIAL, text);
    if (m != null) {
      Matcher s = SUBJECT.matcher(text).region(m.end(2), text.length());
      Optional<Region> subject =
          s.lookingAt() ? Optional.of(new Region(s.start(1), s.end(1))) : Optional.empty();
      return Optional.of(new Header(m.start(1), m.end(1), m.start(2), m.end(2), subject));
    }
    m = first(COVER_START, COVER_LETTER, text);
    if (m != null) {
      return Optional.of(new Header(m.start(1), m.end(1), -1, -1, Optional.empty()));
    }
    return Optional.empty();
  }

  private static Matcher first(Pattern opening, Pattern whole, String text) {
    Matcher start = opening.matcher(text);
    Matcher m = whole.matcher(text);
    for (int tries = 0; tries < MAX_TRIES && start.find(); tries++) {
      m.region(start.start(), Math.min(text.length(), start.start() + WINDOW));
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  public boolean hasAddressees() {
    return addresseesBegin >= 0;
  }
}
