package org.w3id.kamergraph.extract.names;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * An organisation whose name the text quotes right after a word for its kind: {@code de stichting
 * «Wij vertrouwen stemcomputers niet»}, {@code de actiegroep “Stop de Vliegbasis”}, {@code het
 * platform ‘Wij zijn de zorg’}. A name that reads as a sentence is quoted for that reason, and the
 * quotation marks say where it ends. The kind word is a lower-case word that {@code kind-words.tsv}
 * makes an organisation ({@code stichting}, {@code platform}, {@code actiegroep} through {@code
 * groep}…); the quoted text opens with a capital and is at most {@link #MAX_WORDS} words. A quoted
 * text the report rules read as a title is theirs. Immutable.
 */
final class QuotedOrganisations implements Extractor {
  /** A quoted name is at most this many words; a longer quotation is a statement. */
  private static final int MAX_WORDS = 8;

  /** A lower-case word, then a quotation in the marks names are set in. */
  private static final Pattern QUOTED_AFTER_WORD =
      Pattern.compile(
          "(?<![\\p{L}-])(\\p{Ll}[\\p{L}-]{2,40})\\s{1,3}(?:«([^«»\\n]{2,120})»|“([^“”\\n]{2,120})”|‘([^‘’\\n]{2,120})’)");

  private final KindClassifier kinds;
  private final ReportTitles titles;
  private final MentionReporter reporter;

  QuotedOrganisations(KindClassifier kinds, ReportTitles titles, MentionReporter reporter) {
    this.kinds = kinds;
    this.titles = titles;
    this.reporter = reporter;
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher m = QUOTED_AFTER_WORD.matcher(text);
    while (m.find()) {
      int g = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
      String name = m.group(g).strip();
      if (name.isEmpty()
          || !Character.isUpperCase(name.codePointAt(0))
          || name.split("\\s+").length > MAX_WORDS
          || kinds.classify(m.group(1).toLowerCase(Locale.ROOT)).orElse(null)
              != EntityKind.ORGANISATION
          || titles.overlaps(context, m.start(g), m.end(g))) {
        continue;
      }
      int begin = m.start(g) + (m.group(g).length() - m.group(g).stripLeading().length());
      reporter.report(context, sink, EntityKind.ORGANISATION, begin, begin + name.length());
    }
  }
}
