package org.w3id.kamergraph.extract;

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
 */
record Header(int askersBegin, int askersEnd, int addresseesBegin, int addresseesEnd) {
  // Bounded lazy groups: linear on any text, and a header never runs longer than this.
  private static final Pattern OFFICIAL =
      Pattern.compile(
          "Vragen\\s+van\\s+(?:het\\s+lid|de\\s+leden)\\s+(.{2,600}?)\\s+aan\\s+(.{3,900}?)\\s+over\\s",
          Pattern.DOTALL);
  private static final Pattern COVER_LETTER =
      Pattern.compile(
          "(?:(?:[Vv]ragen|[Kk]amervragen)\\s+(?:die\\s+(?:zijn|werden)\\s+)?gesteld\\s+door\\s+"
              // "de antwoorden op de vragen van de leden …", "Beantwoording van de Kamervragen van
              // …"
              + "|(?:[Aa]ntwoord(?:en)?\\s+op|[Bb]eantwoording\\s+van)\\s+(?:de\\s+)?(?:schriftelijke\\s+)?"
              + "(?:[Kk]amer)?vragen\\s+van\\s+)"
              // "Vragen gesteld door de leden der Kamer" is the Aanhangsel's running head, not
              // askers
              + "(?:het\\s+lid|de\\s+leden)\\s+(?!der\\s+Kamer)(.{2,600}?)\\s+(?:over|aan)\\s",
          Pattern.DOTALL);

  /** The first header in the text, if there is one. */
  static Optional<Header> find(String text) {
    Matcher m = OFFICIAL.matcher(text);
    if (m.find()) {
      return Optional.of(new Header(m.start(1), m.end(1), m.start(2), m.end(2)));
    }
    m = COVER_LETTER.matcher(text);
    if (m.find()) {
      return Optional.of(new Header(m.start(1), m.end(1), -1, -1));
    }
    return Optional.empty();
  }

  boolean hasAddressees() {
    return addresseesBegin >= 0;
  }
}
