package org.w3id.kamergraph.extract.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * Finds the titles of reports given after a word for a report: quoted ({@code het rapport «Opgave
 * AI. De nieuwe systeemtechnologie»}, {@code onderzoek genaamd “Recruiter of computer?”}) or, for
 * the words that only precede titles, as capitalised words ({@code de handreiking Algemene
 * Erfpachtbepalingen}). News articles ({@code het bericht «…»}) and letters ({@code Kamerbrief
 * '…'}) do not qualify: only report words do. Titles are at most 200 characters.
 */
public final class TitledWorkExtractor implements Extractor {
  private static final String REPORT_WORD =
      "(?:rapport|rapportage|adviesrapport|eindrapport|advies|studie|onderzoek|handreiking|monitor"
          + "|verkenning|notitie|publicatie|evaluatie|analyse|quickscan|essay|richtsnoeren|benchmark"
          + "|whitepaper|position paper|report|study)";
  // an optional short bridge: "getiteld", "met de titel", "van de WRR" (bounded words, no
  // punctuation)
  private static final String BRIDGE =
      "(?:(?:getiteld|genaamd|met de titel|met als titel|(?:van|door) (?:de|het) [\\p{L}\\-]{1,40})[:,]?\\s{1,3})?";
  private static final Pattern QUOTED =
      Pattern.compile(
          "(?<![\\p{L}])"
              + REPORT_WORD
              + "(?:en)?\\s{1,3}"
              + BRIDGE
              + "(?:«([^«»]{3,200})»|“([^“”]{3,200})”|‘([^‘’]{3,200})’|'([^'\\n]{3,200})'|\"([^\"\\n]{3,200})\")");
  private static final Pattern BARE =
      Pattern.compile("(?<![\\p{L}])(?:rapport|handreiking|verkenning|studie|monitor) (?=\\p{Lu})");

  private final MentionReporter reporter;

  public TitledWorkExtractor(MentionReporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    boolean[] known = null;
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= 5; g++) {
        if (m.group(g) != null) {
          int b = m.start(g);
          int e = m.end(g);
          while (e > b && ".,;: ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
          }
          if (startsLikeTitle(text, b)) {
            reporter.report(context, sink, EntityKind.REPORT, b, e);
          }
        }
      }
    }
    NameTokens tokens = null;
    m = BARE.matcher(text);
    while (m.find()) {
      if (tokens == null) {
        tokens = NameTokens.of(context);
        known = reporter.known(context);
      }
      int i = tokenAt(tokens, m.end());
      // two capitalised words at least: one is too often a name of the author, not a title
      int last =
          i < 0 || tokens.get(i).text().chars().allMatch(Character::isUpperCase)
              ? -1
              : HeadNounNameExtractor.forward(tokens, i, i - 1);
      if (i >= 0 && last > i) {
        reporter.report(
            context, sink, EntityKind.REPORT, tokens.get(i).begin(), tokens.get(last).end(), known);
      }
    }
  }

  private static boolean startsLikeTitle(String text, int b) {
    int c = text.codePointAt(b);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static int tokenAt(NameTokens t, int offset) {
    int lo = 0;
    int hi = t.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int b = t.get(mid).begin();
      if (b == offset) {
        return mid;
      } else if (b < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
