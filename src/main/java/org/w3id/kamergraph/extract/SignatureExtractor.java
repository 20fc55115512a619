package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.reference.NameParser;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Who signed an answer's cover letter: a line {@code De minister van Economische Zaken en Klimaat}
 * followed, after a few blank or title lines, by the signatory's name on a line of its own ({@code
 * Micky Adriaansens}). Used only when the document has no {@code Antwoord van …} line, and only
 * before the first question, where cover letters put their signatures.
 */
public final class SignatureExtractor implements Extractor {
  private static final Pattern TITLE =
      Pattern.compile(
          "(?m)^[ \\t]*De\\s+(minister-president|minister|staatssecretaris)\\s+(van|voor)\\s+([^\\n]{3,120})$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(\\p{Lu}[\\p{L}.'-]*(?:[ \\t]+\\(?[\\p{L}.'-]+\\)?){0,5})[ \\t]*$");

  /** "S. (Sanne) Tjallingii": a first name in parentheses after the initials. */
  private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{L}'-]+)\\)");

  private static final int MAX_LINES_TO_NAME = 9;

  /** Words of a letter's heading that capitalised lines near a signature may hold; never a name. */
  private static final java.util.Set<String> HEADING_WORDS = WordLists.set("letter-heading-words");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    if (context.layout().answerOpening().isPresent()) {
      return;
    }
    int limit = context.layout().questionsStart();
    Offices offices = new Offices(context.lexicon());
    Matcher title = TITLE.matcher(text).region(0, limit);
    while (title.find()) {
      Role role = Offices.role(title.group(1)).orElseThrow();
      var office =
          offices.office(
              role, title.group(2), title.group(3), context.span(title.start(3), title.end(3)));
      if (office.isEmpty()) {
        continue;
      }
      int lineEnd = title.end();
      Matcher name = NAME_LINE.matcher(text).region(lineEnd, limit);
      int lines = 0;
      int pos = lineEnd;
      while (name.find()) {
        lines += count(text, pos, name.start());
        pos = name.end();
        if (lines > MAX_LINES_TO_NAME) {
          break;
        }
        // "S. (Sanne) Tjalsma": the bracketed first name is the given name, not part of the surname
        String written =
            BRACKETED.matcher(name.group(1).strip()).replaceAll("").replaceAll("\\s+", " ");
        if (written.split("\\s+").length >= 2
            && AskerExtractor.looksLikeName(written)
            && java.util.Arrays.stream(written.split("\\s+")).noneMatch(HEADING_WORDS::contains)) {
          sink.answerer(
              new Answerer(
                  NameParser.parse(written, NameParser.Mode.GIVEN_NAME_FIRST),
                  office.get(),
                  context.span(name.start(1), name.start(1) + written.length())));
          break;
        }
      }
    }
  }

  private static int count(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
