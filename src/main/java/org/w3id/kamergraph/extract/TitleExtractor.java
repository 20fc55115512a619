package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Title;

/**
 * The subject of the questions, from the header: everything between {@code over} and {@code
 * (ingezonden …)}.
 */
public final class TitleExtractor implements Extractor {
  // whitespace possessive: with "over" followed by 64,000 blank lines, every split of the run was
  // tried against every subject length (more than 10 s for a 64 KB file; found by fuzzing)
  private static final Pattern SUBJECT =
      Pattern.compile("\\s*+over\\s++(.{3,600}?)\\s*+\\(\\s*+ingezonden\\s", Pattern.DOTALL);

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Header.find(text)
        .filter(Header::hasAddressees)
        .ifPresent(
            h -> {
              Matcher m = SUBJECT.matcher(text).region(h.addresseesEnd(), text.length());
              if (m.lookingAt()) {
                String subject = m.group(1).replaceAll("\\s+", " ").strip();
                sink.title(new Title(subject, context.span(m.start(1), m.end(1))));
              }
            });
  }
}
