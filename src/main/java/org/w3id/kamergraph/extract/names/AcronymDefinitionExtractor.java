package org.w3id.kamergraph.extract.names;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * Finds names the text defines with an abbreviation, {@code Nederlandse Zorgautoriteit (NZa)} or
 * {@code NZa (Nederlandse Zorgautoriteit)}, reports the full name and reports every other
 * whole-word use of the abbreviation in the same document under the same label.
 *
 * <p>Only definitions whose full name the {@link KindClassifier} can place are reported (so {@code
 * Artificial intelligence (AI)} and laws are not); definitions the gazetteer knows are left to the
 * {@link GazetteerExtractor}. The per-document alias table lives only during one call.
 */
public final class AcronymDefinitionExtractor implements Extractor {
  private static final String ABBR = "(\\p{Lu}[\\p{L}\\p{N}&+\\-]{1,11})";
  private static final Pattern AFTER = Pattern.compile("\\(" + ABBR + "\\)");
  private static final Pattern BEFORE =
      Pattern.compile("\\b" + ABBR + " \\((\\p{Lu}[^()\\n]{4,150})\\)");
  private static final int WINDOW = 200;

  private final KindClassifier classifier;
  private final MentionReporter reporter;

  public AcronymDefinitionExtractor(KindClassifier classifier, MentionReporter reporter) {
    this.classifier = classifier;
    this.reporter = reporter;
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Matcher m = AFTER.matcher(text);
    while (m.find()) {
      String abbr = m.group(1);
      if (abbreviation(abbr)) {
        int from = windowStart(text, m.start());
        String before = text.substring(from, m.start()).stripTrailing();
        int start = LongForm.start(before, abbr);
        if (start >= 0 && fits(before.substring(start), abbr)) {
          define(context, sink, abbr, from + start, from + before.length(), m.start(1));
        }
      }
    }
    m = BEFORE.matcher(text);
    while (m.find()) {
      String abbr = m.group(1);
      String full = m.group(2).strip();
      if (abbreviation(abbr) && LongForm.start(full, abbr) == 0 && fits(full, abbr)) {
        define(context, sink, abbr, m.start(2), m.start(2) + full.length(), m.start(1));
      }
    }
  }

  private void define(
      ExtractionContext context, FactSink sink, String abbr, int begin, int end, int abbrAt) {
    String full = MentionReporter.clean(context.text().substring(begin, end));
    // left to the gazetteer only where its matcher finds the long form as written; a long form it
    // knows under another spacing is reported here, under the gazetteer's entry
    if (reporter.entry(abbr).isPresent()
        || reporter.entryAsWritten(full).isPresent()
        || reporter.excluded(abbr)) {
      return;
    }
    Optional<EntityKind> kind = classifier.classify(full);
    if (kind.isEmpty()) {
      return;
    }
    Optional<String> label = reporter.report(context, sink, kind.get(), begin, end);
    if (label.isEmpty()) {
      return;
    }
    String text = context.text();
    for (int i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + abbr.length())) {
      if (i != abbrAt && GazetteerExtractor.wholeWord(text, i, i + abbr.length())) {
        // the later uses name the same thing: same kind and label, their own span
        sink.mention(
            new org.w3id.kamergraph.model.NamedMention(
                kind.get(), null, label.get(), context.span(i, i + abbr.length())));
      }
    }
  }

  /** At least two capitals, as abbreviations have ({@code NZa}, {@code EUMA}); not a plain word. */
  private static boolean abbreviation(String s) {
    return s.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** The full name starts with a capital and is not much longer than the abbreviation needs. */
  private static boolean fits(String full, String abbr) {
    int words = full.strip().split("\\s+").length;
    return !full.isBlank()
        && Character.isUpperCase(full.charAt(0))
        && words <= Math.min(abbr.length() + 5, abbr.length() * 2)
        && full.length() > abbr.length() + 2;
  }

  /**
   * Where the stretch before a definition starts: at most WINDOW chars, not across a sentence or
   * paragraph.
   */
  private static int windowStart(String text, int at) {
    int from = Math.max(0, at - WINDOW);
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if ("();:«»“”\"".indexOf(c) >= 0
          || (c == '\n' && i > 0 && text.charAt(i - 1) == '\n')
          || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return from;
  }
}
