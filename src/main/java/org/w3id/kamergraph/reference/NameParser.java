package org.w3id.kamergraph.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.PersonName;

/**
 * Splits a Dutch person's name as written into given name and surname. A surname keeps its
 * tussenvoegsel, capitalised at the start as Dutch does when the surname stands alone ({@code
 * Tjeerd de Groot} → {@code De Groot}).
 */
public final class NameParser {
  private static final Set<String> PARTICLES = WordLists.set("name-particles");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+(\\p{Lu}[a-z]?\\.)*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** How much of a name is a given name when no tussenvoegsel says so. */
  public enum Mode {
    /** Header names ("Bruins Slot"): capitalised words are all surname. */
    SURNAME_FIRST,
    /** Signatures ("Micky Adriaansens"): the first word is a given name. */
    GIVEN_NAME_FIRST
  }

  private NameParser() {}

  public static PersonName parse(String written, Mode mode) {
    String full = SPACES.matcher(written.strip()).replaceAll(" ").replaceAll("\\s+,", ",");
    full = full.replaceAll("^[,;:.\\s]+|[,;:\\s]+$", "");
    List<String> tokens = new ArrayList<>(Arrays.asList(full.split(" ")));
    if (tokens.isEmpty() || full.isEmpty()) {
      return new PersonName(full, full, null);
    }
    int surnameStart = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (PARTICLES.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))
          && i < tokens.size() - 1) {
        // a lower-case particle after a word marks that word as a given name; a capitalised one
        // at the start is part of the surname
        if (i == 0 || Character.isLowerCase(tokens.get(i).charAt(0))) {
          surnameStart = i;
          break;
        }
      }
    }
    if (surnameStart < 0) {
      int i = 0;
      while (i < tokens.size() - 1 && INITIALS.matcher(tokens.get(i)).matches()) {
        i++;
      }
      if (i == 0 && mode == Mode.GIVEN_NAME_FIRST && tokens.size() > 1) {
        // a signature without initials opens with a given name: "Micky Adriaansens"; after
        // initials the rest is the surname: "M.A. Heijnekamp-de Wit"
        i = 1;
        while (i < tokens.size() - 1 && INITIALS.matcher(tokens.get(i)).matches()) {
          i++;
        }
      }
      surnameStart = i;
    }
    String surname = String.join(" ", tokens.subList(surnameStart, tokens.size()));
    surname = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    String given = surnameStart == 0 ? null : String.join(" ", tokens.subList(0, surnameStart));
    return new PersonName(full, surname, given);
  }

  /** Whether a word may appear inside a name written in lower case (a tussenvoegsel). */
  public static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a given name as written is initials ("H.M.", "J.Th.", "H. M.") or one capital. */
  public static boolean isInitials(String given) {
    String g = given.strip();
    if (g.length() == 1) {
      return Character.isUpperCase(g.charAt(0));
    }
    for (String token : SPACES.split(g)) {
      if (!INITIALS.matcher(token).matches()) {
        return false;
      }
    }
    return !g.isEmpty();
  }

  /**
   * A surname as written after a given name: its leading tussenvoegsel in lower case ("De Vries" →
   * "Aukje de Vries"), the reverse of what {@link #parse} does to a surname standing alone.
   */
  public static String surnameAfterGivenName(String familyName) {
    int space = familyName.indexOf(' ');
    if (space > 0 && isParticle(familyName.substring(0, space))) {
      return Character.toLowerCase(familyName.charAt(0)) + familyName.substring(1);
    }
    return familyName;
  }
}
