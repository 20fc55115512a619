package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Footnote;

/**
 * Footnotes, in the forms the sources print them: {@code XNoot 1} followed by the note (HTML pages
 * of officielebekendmakingen.nl), and a line opening with the note's number — glued to the text in
 * PDF text ({@code 2Kamerstuk 32 637, nr. 225}), or followed by a space, {@code )} or {@code ]}.
 * Note numbers rise through a document; a numbered line that asks a question is not a note.
 */
public final class FootnoteExtractor implements Extractor {
  private static final Pattern XNOOT =
      Pattern.compile("XNoot\\s*(\\d{1,3})\\s+([^\\n]{1,1000})");
  private static final Pattern LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(\\d{1,2})(?:[ \\t]*[)\\]])?[ \\t]*(?=\\p{Lu}|https?:|www\\.|«|\\[)([^\\n]{3,1000})$");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher x = XNOOT.matcher(text);
    boolean any = false;
    while (x.find()) {
      any = true;
      sink.footnote(
          new Footnote(
              Integer.parseInt(x.group(1)), x.group(2).strip(), context.span(x.start(2), x.end(2))));
    }
    if (any) {
      return;
    }
    Matcher m = LINE.matcher(text);
    int last = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String note = m.group(2).strip();
      if (n <= last || n > last + 3 || note.indexOf('?') >= 0 || startsStructure(note)) {
        continue;
      }
      last = n;
      sink.footnote(new Footnote(n, note, context.span(m.start(2), m.start(2) + note.length())));
    }
  }

  private static boolean startsStructure(String note) {
    return note.startsWith("Vraag") || note.startsWith("Antwoord");
  }
}
