package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.layout.Signature;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.reference.NameParser;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Who signed an answer's cover letter: a line {@code De minister van Economische Zaken en Klimaat}
 * followed, after a few blank or title lines, by the signatory's name on a line of its own ({@code
 * Micky Adriaansens}). The blocks are the layout's signatures; used only when the document has no
 * {@code Antwoord van …} line, and only before the first question, where cover letters put their
 * signatures.
 */
public final class SignatureExtractor implements Extractor {
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(\\p{Lu}[\\p{L}.'-]*(?:[ \\t]+\\(?[\\p{L}.'-]+\\)?){0,5})[ \\t]*$");

  /** "S. (Sanne) Tjallingii": a first name in parentheses after the initials. */
  private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{L}'-]+)\\)");

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
    for (Signature signature : context.layout().signatures()) {
      if (signature.role().begin() >= limit) {
        break;
      }
      Role role = Offices.role(signature.role().of(text)).orElseThrow();
      var office =
          offices.office(
              role,
              signature.preposition().of(text),
              signature.portfolio().of(text),
              context.span(signature.portfolio().begin(), signature.portfolio().end()));
      if (office.isEmpty()) {
        continue;
      }
      Matcher name =
          NAME_LINE
              .matcher(text)
              .region(signature.below().begin(), Math.min(limit, signature.below().end()));
      while (name.find()) {
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
}
