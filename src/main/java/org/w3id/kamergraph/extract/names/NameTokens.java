package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.kamergraph.reference.WordLists;

/**
 * A text cut into word tokens for the name rules: letters, digits and the joiners {@code - ' + /}
 * inside a word; {@code &} is a token of its own. Immutable.
 */
final class NameTokens {
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(19|20)\\d\\d([-/](19|20)?\\d\\d)?");

  /** One word: {@code [begin, end)} in the text. */
  record Token(int begin, int end, String text) {
    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    boolean numeric() {
      return Character.isDigit(text.charAt(0));
    }

    /**
     * A year (2050) or period (2009-2021, 2014/2015) can end a name; other numbers next to a name
     * are footnote markers.
     */
    boolean year() {
      // asked of every word that is not capitalised: the cheap test first
      return !text.isEmpty()
          && (text.charAt(0) == '1' || text.charAt(0) == '2')
          && YEAR.matcher(text).matches();
    }
  }

  /** Lower-case words that may join the capitalised words of one name. */
  static final Set<String> CONNECTORS =
      Set.of(
          "van", "voor", "de", "het", "der", "den", "en", "op", "in", "&", "of", "for", "the",
          "and", "on", "ter", "tot");

  /** Capitalised words that start sentences or belong to the document's frame, not to names. */
  static final Set<String> NOT_NAME_WORDS = WordLists.set("not-name-words");

  private final String text;
  private final List<Token> tokens;

  private NameTokens(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** The memo key of a document's tokens. */
  private record Key() {}

  /** The tokens of the document's text, once per document whatever asks. */
  static NameTokens of(org.w3id.kamergraph.extract.ExtractionContext context) {
    return context.memo().get(new Key(), () -> of(context.text()));
  }

  static NameTokens of(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '&') {
        out.add(new Token(i, i + 1, "&"));
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int b = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || joinerAt(text, i))) {
          i++;
          // a footnote number glued to a word ends it: "Economie14"
          if (i < n
              && Character.isDigit(text.charAt(i))
              && Character.isLowerCase(text.charAt(i - 1))) {
            break;
          }
        }
        out.add(new Token(b, i, text.substring(b, i)));
      } else {
        i++;
      }
    }
    return new NameTokens(text, List.copyOf(out));
  }

  private static boolean joinerAt(String text, int i) {
    char c = text.charAt(i);
    // ’ as in programma’s: PDF text writes the apostrophe typographically
    return "-'\u2019+/".indexOf(c) >= 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  List<Token> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /**
   * Whether tokens {@code i} and {@code i + 1} are separated by spacing only (one line break at
   * most).
   */
  boolean joined(int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    int from = tokens.get(i).end();
    int to = tokens.get(i + 1).begin();
    if (to - from > 3) {
      return false;
    }
    int breaks = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        breaks++;
      } else if (!Character.isWhitespace(c) && c != '\u00a0') {
        return false;
      }
    }
    return breaks <= 1
        && (to > from || tokens.get(i + 1).text().equals("&") || tokens.get(i).text().equals("&"));
  }

  /**
   * The last of the capitalised words that run from token {@code k} (a name word itself), at most
   * {@code maxWords} of them; numbers end the run.
   */
  int capitalisedRun(int k, int maxWords) {
    int end = k;
    while (end + 1 < tokens.size()
        && end - k + 1 < maxWords
        && joined(end)
        && nameWord(end + 1)
        && !tokens.get(end + 1).numeric()) {
      end++;
    }
    return end;
  }

  /**
   * Whether token {@code i} is glued to what follows by a mark these tokens do not join over
   * ({@code Ieder(in)}, {@code NU’91}, whose digits the text read may hold as a blanked footnote
   * marker): a name ending there is more than the tokens hold.
   */
  boolean gluedAfter(int i) {
    String gap = gap(i);
    return !gap.isEmpty() && "('’`´".indexOf(gap.charAt(0)) >= 0;
  }

  /** The text between tokens {@code i} and {@code i + 1}; after the last token, the rest. */
  String gap(int i) {
    int to = i + 1 >= tokens.size() ? text.length() : tokens.get(i + 1).begin();
    return text.substring(tokens.get(i).end(), to);
  }

  /** Whether token {@code i} opens a sentence, line or list item (so its capital says nothing). */
  boolean sentenceInitial(int i) {
    int k = tokens.get(i).begin() - 1;
    while (k >= 0
        && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
      k--;
    }
    if (k >= 0 && text.charAt(k) == '\n') {
      // a hard line break inside a sentence (PDF text, tweedekamer.nl pages) does not open one:
      // look at what ends the previous line; a blank line does open one
      int newlines = 0;
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
        newlines += text.charAt(k) == '\n' ? 1 : 0;
        k--;
      }
      if (newlines > 1 || k < 0) {
        return true;
      }
      char c = text.charAt(k);
      return !(Character.isLetter(c) || c == ',');
    }
    return k < 0 || ".?!:*#>-•".indexOf(text.charAt(k)) >= 0 || Character.isDigit(text.charAt(k));
  }

  /**
   * The last token of the year or period right after token {@code i} ({@code 2035}, {@code
   * 2009-2021}, {@code 2018–2021} with a dash between two tokens); {@code i} when none follows.
   */
  int period(int i) {
    if (i + 1 >= size() || !joined(i) || !get(i + 1).year()) {
      return i;
    }
    int y = i + 1;
    boolean dash = y + 1 < size() && (gap(y).equals("\u2013") || gap(y).equals("-"));
    return dash && get(y + 1).year() ? y + 1 : y;
  }

  /**
   * Whether token {@code i} can be a word of a name: capitalised (or a number) and not a frame
   * word.
   */
  boolean nameWord(int i) {
    Token t = tokens.get(i);
    return (t.capitalised() || t.year()) && !NOT_NAME_WORDS.contains(t.text());
  }
}
