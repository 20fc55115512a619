package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.ZaakReference;

/**
 * Zaak numbers of the Tweede Kamer ({@code 2024Z10305}) wherever the text has them, also inside
 * identifiers such as {@code kv-tk-2020Z06377}. Document numbers ({@code 2020D13540}) are not zaak
 * numbers. A number before the first question is the document's own zaak.
 */
public final class ZaakExtractor implements Extractor {
  private static final Pattern ZAAK =
      Pattern.compile("(?<![\\p{Alnum}])((?:19|20)\\d{2})Z(\\d{5})(?!\\d)");
  private static final Pattern FIRST_QUESTION =
      Pattern.compile("(?m)^[ \\t#*]*(?:Vraag[ \\t]+1\\b|1[.)]?[ \\t]+\\p{Lu})");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher q = FIRST_QUESTION.matcher(text);
    int questions = q.find() ? q.start() : text.length();
    Matcher m = ZAAK.matcher(text);
    while (m.find()) {
      sink.zaak(
          new ZaakReference(
              m.group(1) + "Z" + m.group(2),
              context.span(m.start(), m.end()),
              m.start() < questions));
    }
  }
}
