package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Footnote markers in a question's or answer's text, where the text as read does not mark them (PDF
 * and plain text: {@code «…»? 1}, {@code vergunning. 2 Dat …}). A marker is a number of one of the
 * document's footnotes, right after the end of a sentence or a quotation, at the end of a line or
 * before the next sentence's capital; older texts close it with a parenthesis ({@code ? 1)}), as
 * they number their footnotes. Precision first: after a digit ({@code 2.1}) or an abbreviation
 * ({@code nr. 12}) a number is text, and a number the footnotes do not have is never a marker.
 */
final class FootnoteMarkers {
  private static final Pattern MARKER =
      Pattern.compile(
          "(?<![\\d])[.?!»”\"')](?:[ \\t]?)(\\d{1,3})(\\)?)"
              + "(?=[ \\t]*(?:\\n|$)|[ \\t]+[\\p{Lu}«\"'(])");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)$");

  private final Set<String> abbreviations;

  private FootnoteMarkers(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /** The markers with the shipped list of abbreviations. */
  static FootnoteMarkers standard() {
    return new FootnoteMarkers(WordLists.set("marker-abbreviations"));
  }

  /**
   * The markers in {@code body} that name one of {@code numbers}, in order, each the region of its
   * digits and the parenthesis that may close them.
   */
  List<Region> find(String text, Region body, Set<Integer> numbers) {
    List<Region> out = new ArrayList<>();
    if (numbers.isEmpty()) {
      return out;
    }
    Matcher m = MARKER.matcher(text).region(body.begin(), body.end());
    m.useTransparentBounds(false).useAnchoringBounds(true);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (!numbers.contains(n) || afterAbbreviation(text, m.start(), body.begin())) {
        continue;
      }
      out.add(new Region(m.start(1), m.end(2)));
    }
    return out;
  }

  private boolean afterAbbreviation(String text, int punctuation, int from) {
    if (text.charAt(punctuation) != '.') {
      return false;
    }
    Matcher w = WORD_BEFORE.matcher(text).region(Math.max(from, punctuation - 12), punctuation);
    return w.find() && abbreviations.contains(w.group(1).toLowerCase(Locale.ROOT));
  }
}
