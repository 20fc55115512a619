package org.w3id.kamergraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.layout.AnswerLine;
import org.w3id.kamergraph.layout.Region;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.reference.NameParser;

/**
 * Who answered, from the line {@code Antwoord van Minister Staghouwer (Landbouw, Natuur en
 * Voedselkwaliteit) en van Minister Van der Wal-Zeggelink (Natuur en Stikstof) (ontvangen 7 juni
 * 2022)}, or who postponed the answer, from {@code Mededeling van minister X (…) (ontvangen …)}:
 * the document is then a Mededeling.
 */
public final class AnswererExtractor implements Extractor {
  /**
   * The Minister-President is named without a portfolio: "Antwoord van Minister-President Rutte".
   */
  private static final Pattern PREMIER =
      Pattern.compile(
          "(?i:minister-president)\\s++(\\p{Lu}[\\p{L}.' -]{1,60}?)\\s*(?=\\(|,|\\s+en\\s|$)");

  private static final Pattern PERSON =
      Pattern.compile(
          "(?i)(minister-president|minister|staatssecretaris)\\s+"
              + "([\\p{L}][\\p{L}.' -]{1,60}?)\\s*\\(([^()]{2,120})\\)");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Optional<AnswerLine> found = context.layout().answerLine();
    if (found.isEmpty()) {
      return;
    }
    AnswerLine line = found.get();
    if (line.notice()) {
      sink.mededeling(context.span(line.label().begin(), line.label().end()));
    }
    Region persons = line.persons();
    Offices offices = new Offices(context.lexicon());
    Matcher premier = PREMIER.matcher(text).region(persons.begin(), persons.end());
    if (premier.find() && AskerExtractor.looksLikeName(premier.group(1).strip())) {
      String written = premier.group(1).strip();
      var office =
          offices.office(
              Role.MINISTER_PRESIDENT, null, "", context.span(premier.start(), premier.start(1)));
      sink.answerer(
          new Answerer(
              NameParser.parse(written, NameParser.Mode.SURNAME_FIRST),
              office.orElse(null),
              context.span(premier.start(1), premier.start(1) + written.length())));
    }
    Matcher person = PERSON.matcher(text).region(persons.begin(), persons.end());
    while (person.find()) {
      Role role = Offices.role(person.group(1)).orElseThrow();
      if (role == Role.MINISTER_PRESIDENT) {
        continue; // read above
      }
      String written = person.group(2).strip();
      if (!AskerExtractor.looksLikeName(written)) {
        continue;
      }
      var office =
          offices.office(
              role, "van", person.group(3), context.span(person.start(3), person.end(3)));
      sink.answerer(
          new Answerer(
              NameParser.parse(written, NameParser.Mode.SURNAME_FIRST),
              office.orElse(null),
              context.span(person.start(2), person.start(2) + written.length())));
    }
  }
}
