package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.extract.names.HeadRule.Position;
import org.w3id.kamergraph.model.FactSink;

/**
 * Finds capitalised names by their head noun ({@code Autoriteit Persoonsgegevens}, {@code Actieplan
 * Groene en Digitale Banen}, {@code Rathenau Instituut}, {@code Warmtefonds}, {@code het programma
 * Doorpakken op Digitalisering}) following {@link HeadRule}s. A name needs at least one capitalised
 * word besides its head, except a compound ({@code Regeerakkoord}) that does not open a sentence.
 * Names known to the gazetteer are reported with its key; names in {@link NotNames} are not
 * reported. Overlapping candidates keep the longest.
 */
public final class HeadNounNameExtractor implements Extractor {
  private static final int MAX_WORDS = 10;
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("de", "het", "een");
  private static final java.util.Set<String> ARTICLE_CAPITALS = java.util.Set.of("De", "Het");
  private final Map<String, List<HeadRule>> byFirstWord = new HashMap<>();
  private final List<HeadRule> suffixes = new ArrayList<>();
  private final MentionReporter reporter;

  public HeadNounNameExtractor(List<HeadRule> rules, MentionReporter reporter) {
    for (HeadRule r : rules) {
      if (r.position() == Position.SUFFIX) {
        suffixes.add(r);
      } else {
        byFirstWord.computeIfAbsent(r.words().get(0), k -> new ArrayList<>()).add(r);
      }
    }
    this.reporter = reporter;
  }

  private record Candidate(HeadRule rule, int begin, int end) {}

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    NameTokens t = NameTokens.of(context);
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      for (HeadRule r : byFirstWord.getOrDefault(t.get(i).text(), List.of())) {
        candidate(t, i, r, found);
      }
      // "het AI-programma ROBUST": a hyphenated compound leads like its last part
      String word = t.get(i).text();
      int dash = word.lastIndexOf('-');
      if (dash > 0 && dash < word.length() - 1) {
        for (HeadRule r : byFirstWord.getOrDefault(word.substring(dash + 1), List.of())) {
          if (r.position() == Position.LEAD && r.words().size() == 1) {
            candidate(t, i, r, found);
          }
        }
      }
      String lower = t.get(i).text().toLowerCase(Locale.ROOT);
      for (HeadRule r : suffixes) {
        String head = r.words().get(0);
        if (t.get(i).capitalised()
            && lower.endsWith(head)
            && lower.length() >= head.length() + 3
            && !byFirstWord.containsKey(t.get(i).text())
            && t.get(i).text().indexOf('-') < 0) {
          int begin = backward(t, i);
          int end = forward(t, i + 1, i);
          if (begin < i || end > i || !t.sentenceInitial(i)) {
            found.add(new Candidate(r, t.get(begin).begin(), t.get(end).end()));
          }
        }
      }
    }
    found.sort(Comparator.comparingInt((Candidate c) -> c.begin - c.end));
    boolean[] taken = new boolean[context.text().length()];
    boolean[] known = reporter.known(context);
    for (Candidate c : found) {
      if (!taken[c.begin] && !taken[c.end - 1]) {
        java.util.Arrays.fill(taken, c.begin, c.end, true);
        reporter.report(context, sink, c.rule.kind(), c.begin, c.end, known);
      }
    }
  }

  private void candidate(NameTokens t, int i, HeadRule r, List<Candidate> found) {
    int k = r.words().size();
    for (int w = 1; w < k; w++) {
      if (i + w >= t.size()
          || !t.joined(i + w - 1)
          || !t.get(i + w).text().equals(r.words().get(w))) {
        return;
      }
    }
    int last = i + k - 1;
    switch (r.position()) {
      case PREFIX, LEAD -> {
        int end = forward(t, last + 1, last, r.position() == Position.PREFIX);
        if (end > last && !t.get(last + 1).numeric()) {
          int begin = r.position() == Position.LEAD ? last + 1 : i;
          if (r.position() == Position.PREFIX) {
            // "de Strategische Agenda …": capitalised words before the head belong to the name
            int b = backward(t, i);
            if (b < i && !t.sentenceInitial(b)) {
              begin = b;
            }
          }
          found.add(new Candidate(r, t.get(begin).begin(), t.get(end).end()));
        }
      }
      case PLACE -> {
        int end = last;
        while (end + 1 < t.size() && end - last < 3 && t.joined(end) && t.nameWord(end + 1)) {
          end++;
        }
        if (end > last) {
          found.add(new Candidate(r, t.get(i).begin(), t.get(end).end()));
        }
      }
      case WORD -> {
        int begin = backward(t, i);
        int end = forward(t, last + 1, last);
        if (begin < i || end > last) {
          found.add(new Candidate(r, t.get(begin).begin(), t.get(end).end()));
        }
      }
      default -> {}
    }
  }

  /**
   * The first of the capitalised words just before token {@code i} (i itself when there are none).
   */
  private static int backward(NameTokens t, int i) {
    int b = i;
    while (b > 0
        && i - b < MAX_WORDS / 2
        && t.joined(b - 1)
        && t.nameWord(b - 1)
        && !t.get(b - 1).numeric()) {
      b--;
    }
    return b;
  }

  /**
   * The last token of the name continuing at {@code from}: capitalised words, joined by at most two
   * connectors ({@code van de}) that are followed by a capitalised word; {@code head} when none.
   */
  static int forward(NameTokens t, int from, int head) {
    return forward(t, from, head, false);
  }

  /**
   * As {@link #forward(NameTokens, int, int)}; with {@code connectorStart} the name may open with
   * connectors or an article after its head ({@code Stichting van de Arbeid}, {@code Stichting De
   * Noordzee}), as names that a head word opens do.
   */
  static int forward(NameTokens t, int from, int head, boolean connectorStart) {
    int last = head;
    int k = from;
    if (connectorStart && k < t.size() && t.joined(head)) {
      int c = k;
      while (c < t.size()
          && c - k < 2
          && t.joined(c)
          && (NameTokens.CONNECTORS.contains(t.get(c).text())
              || ARTICLE_CAPITALS.contains(t.get(c).text()))) {
        c++;
      }
      if (c > k && c < t.size() && t.nameWord(c) && !t.get(c).numeric()) {
        k = c;
      }
    }
    if (k >= t.size() || !t.joined(k - 1) || !t.nameWord(k) || t.get(k).numeric()) {
      return head;
    }
    while (k < t.size() && k - head <= MAX_WORDS) {
      if (t.nameWord(k)) {
        last = k;
        if (t.get(k).numeric() || !t.joined(k)) {
          break;
        }
        k++;
      } else {
        int c = k;
        while (c < t.size()
            && c - k < 2
            && NameTokens.CONNECTORS.contains(t.get(c).text())
            && t.joined(c)) {
          c++;
        }
        if (c == k || c >= t.size() || !t.nameWord(c) || t.get(c).numeric()) {
          break;
        }
        // "X en het Y", "X en de Y": a list of two names, not one name
        if (c - k == 2 && t.get(k).text().equals("en") && ARTICLES.contains(t.get(k + 1).text())) {
          break;
        }
        k = c;
      }
    }
    return last;
  }
}
