package org.w3id.kamergraph.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses a footnote gives, as absolute http(s) IRIs: {@code https://…} or {@code
 * http://…} in its text, without the punctuation that closes the sentence or a bracket opened
 * before the address. An address the source wrapped after a {@code /} or {@code -} ({@code
 * …/2023/04/26/⏎voorjaarsbesluit}) is joined again when the next line holds nothing else; one still
 * ending in a hyphen is left out as cut. An address that does not parse as an absolute http(s) IRI
 * with a host is left out: a footnote never links on a guess ({@code www.…} without a scheme is not
 * completed).
 */
final class FootnoteLinks {
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"«»“”{}|\\\\^`]+");

  /**
   * The rest of a wrapped address: the whole next line, or (where the line break became a space)
   * all that is left of the line, address characters only.
   */
  private static final Pattern WRAPPED =
      Pattern.compile(
          "(?:[ \\t]*\\n[ \\t]*| )([A-Za-z0-9._~%/?#=&+;:@!$'*,()\\[\\]-]+)[ \\t]*(?:\\n|$)");

  private static final String CLOSING = ".,;:!?'»”’";

  private FootnoteLinks() {}

  /** The addresses in {@code note} (the note's text with its line breaks), in order, once each. */
  static List<String> in(String note) {
    List<String> out = new ArrayList<>();
    Matcher m = ADDRESS.matcher(note);
    while (m.find()) {
      String address = m.group();
      char last = address.charAt(address.length() - 1);
      if (last == '/' || last == '-') {
        Matcher w = WRAPPED.matcher(note).region(m.end(), note.length());
        if (w.lookingAt()) {
          address += w.group(1);
        }
      }
      String trimmed = trim(address);
      // an address that still ends in a hyphen was cut where the source wrapped it: a wrong link
      // is worse than none
      if (valid(trimmed) && !trimmed.endsWith("-") && !out.contains(trimmed)) {
        out.add(trimmed);
      }
    }
    return out;
  }

  /** Without closing punctuation, and without a closing bracket the address did not open. */
  private static String trim(String address) {
    String s = address;
    while (!s.isEmpty()) {
      char c = s.charAt(s.length() - 1);
      if (CLOSING.indexOf(c) >= 0) {
        s = s.substring(0, s.length() - 1);
      } else if (c == ')' && count(s, '(') < count(s, ')')) {
        s = s.substring(0, s.length() - 1);
      } else if (c == ']' && count(s, '[') < count(s, ']')) {
        s = s.substring(0, s.length() - 1);
      } else {
        break;
      }
    }
    return s;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  private static boolean valid(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null
          && uri.getHost().contains(".");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
