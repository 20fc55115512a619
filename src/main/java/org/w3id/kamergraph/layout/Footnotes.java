package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes, in the forms the sources print them: {@code XNoot 1} followed by the note (HTML pages
 * of officielebekendmakingen.nl), and a line opening with the note's number — glued to the text in
 * PDF text ({@code 2Kamerstuk 32 637, nr. 225}), or followed by a space, {@code )} or {@code ]}.
 * Note numbers rise through a document; a numbered paragraph that ends by asking is a question, not
 * a note.
 */
final class Footnotes {
  private static final Pattern XNOOT = Pattern.compile("XNoot\\s*(\\d{1,3})\\s+([^\\n]{1,1000})");
  private static final Pattern LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(\\d{1,2})(?:[ \\t]*[)\\]])?[ \\t]*(?=\\p{Lu}|https?:|www\\.|«|\\[)([^\\n]{3,1000})$");
  private static final Pattern PARAGRAPH_END =
      Pattern.compile("\\n[ \\t]*\\n|\\n[ \\t]*\\d{1,2}[ \\t)\\]]*\\S");

  /** A line that is a web address, or starts with one. */
  private static final Pattern WEB_ADDRESS_LINE =
      Pattern.compile("[ \\t]*+(?:https?://|www\\.)\\S");

  /** A web address cut after a slash or hyphen at the end of what was read so far. */
  private static final Pattern WRAPPED_ADDRESS_END = Pattern.compile("https?://\\S*[/-]$");

  /** A line made only of the characters of a web address (and a closing bracket). */
  private static final Pattern ADDRESS_REST_LINE =
      Pattern.compile("[A-Za-z0-9._~%/?#=&+;:@!$'*,()\\[\\]-]+[ \\t]*");

  private static final int MAX_CONTINUATION_LINES = 3;

  private Footnotes() {}

  /** The footnotes of a text, in order. */
  static List<Note> find(String text) {
    List<Note> notes = new ArrayList<>();
    Matcher x = XNOOT.matcher(text);
    while (x.find()) {
      notes.add(
          new Note(Integer.parseInt(x.group(1)), x.start(), new Region(x.start(2), x.end(2))));
    }
    if (!notes.isEmpty()) {
      return notes;
    }
    Matcher m = LINE.matcher(text);
    int last = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String note = m.group(2).strip();
      if (n <= last || n > last + 3 || startsStructure(note) || asks(text, m.start(2))) {
        continue;
      }
      last = n;
      int end = continuation(text, m.end(), m.start(2) + note.length());
      notes.add(new Note(n, m.start(), new Region(m.start(2), end)));
    }
    return notes;
  }

  /**
   * Where a note that ends its first line at {@code end} really ends: a web address the source put
   * on the next line ({@code zie⏎https://…}), or the rest of one it wrapped after a {@code /} or
   * {@code -} ({@code …rutte-vier-⏎hopeloos-uit-het-zicht}), belongs to it. Only such lines are
   * taken: in PDF text the body resumes right after a note at the foot of a page, so any other line
   * may be the next page's text.
   */
  private static int continuation(String text, int lineEnd, int end) {
    int pos = lineEnd + 1;
    for (int lines = 0; lines < MAX_CONTINUATION_LINES && pos < text.length(); lines++) {
      int nl = text.indexOf('\n', pos);
      int next = nl < 0 ? text.length() : nl;
      boolean address = WEB_ADDRESS_LINE.matcher(text).region(pos, next).lookingAt();
      boolean rest =
          WRAPPED_ADDRESS_END.matcher(text).region(Math.max(0, end - 2000), end).find()
              && ADDRESS_REST_LINE.matcher(text).region(pos, next).matches();
      if (!address && !rest) {
        break;
      }
      end = pos + text.substring(pos, next).stripTrailing().length();
      pos = next + 1;
    }
    return end;
  }

  /**
   * Whether the paragraph starting at {@code from} ends with a question mark: then it is a
   * question.
   */
  private static boolean asks(String text, int from) {
    Matcher end = PARAGRAPH_END.matcher(text).region(from, Math.min(text.length(), from + 3000));
    int stop = end.find() ? end.start() : Math.min(text.length(), from + 3000);
    return TrailingMarkers.strip(text.substring(from, stop)).endsWith("?");
  }

  private static boolean startsStructure(String note) {
    return note.startsWith("Vraag") || note.startsWith("Antwoord");
  }
}
