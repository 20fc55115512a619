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
      notes.add(new Note(n, m.start(), new Region(m.start(2), m.start(2) + note.length())));
    }
    return notes;
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
