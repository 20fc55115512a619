package org.w3id.kamergraph.ingest;

import java.util.List;
import org.w3id.kamergraph.model.NormalisedText;

/**
 * Turns text as read into the text extractors see, with an exact map back ({@link NormalisedText}).
 * The steps, in order:
 *
 * <ol>
 *   <li>{@link LineEndingStep}: {@code \r\n} and {@code \r} become {@code \n};
 *   <li>{@link InvisibleCharacterStep}: soft hyphens and zero-width characters dropped, odd spaces
 *       made plain;
 *   <li>{@link CombiningMarkStep}: no more than four combining marks in a row;
 *   <li>{@link SpacingDiacriticStep}: a diacritic a PDF set beside its letter joined with it
 *       ({@code Ko¨hnen} → {@code Köhnen});
 *   <li>{@link MarkdownMarkupStep}: {@code <sup>}, {@code **}, heading {@code #} blanked;
 *   <li>{@link PageFurnitureStep}: Aanhangsel page footers and separators blanked;
 *   <li>{@link HyphenationStep}: words split by typesetting joined;
 *   <li>{@link GluedMonthStep}: a month name separated from a glued year ({@code maart2023});
 *   <li>{@link DoubledLabelStep}: the first of a doubled label blanked ({@code (ontvangen
 *       (ontvangen});
 *   <li>{@link FootnoteMarkerStep}: glued footnote markers separated.
 * </ol>
 *
 * Nothing else is collapsed: newlines and runs of spaces stay, as extractors rely on line
 * structure. Every step only drops, blanks, inserts or joins characters in order, so for every
 * index {@code i} of the result, {@code map[i]} is the offset of the source character it came from
 * (an inserted space maps to the character after it, a letter joined with its diacritic to the
 * first of the two), and the map is non-decreasing; {@link NormalisedText#sourceEnd(int)} says
 * where the source of each character ends. Stateless and thread-safe.
 */
public final class TextNormaliser {
  private final List<NormalisationStep> steps =
      List.of(
          new LineEndingStep(),
          new InvisibleCharacterStep(),
          new CombiningMarkStep(),
          new SpacingDiacriticStep(),
          new MarkdownMarkupStep(),
          new PageFurnitureStep(),
          new HyphenationStep(),
          new GluedMonthStep(),
          new DoubledLabelStep(),
          new FootnoteMarkerStep());

  /** Normalises {@code source}; the map points into {@code source}. */
  public NormalisedText normalise(String source) {
    NormalisedText result = NormalisedText.identity(source);
    for (NormalisationStep step : steps) {
      if (step.mayChange(result.text())) {
        result = compose(result, step.apply(result.text()));
      }
    }
    return result;
  }

  // the step's map points into the previous text; follow it once more to reach the source
  static NormalisedText compose(NormalisedText before, NormalisedText step) {
    // most steps change nothing in most documents, or only blank characters in place: following an
    // identity map is a copy of the other map, and this runs ten times per document
    if (keepsEveryOffset(step)) {
      return new NormalisedText(step.text(), before.sourceOffsets(), before.sourceEnds());
    }
    if (keepsEveryOffset(before)) {
      return step;
    }
    int n = step.text().length();
    int[] map = new int[n + 1];
    int[] ends = new int[n];
    for (int i = 0; i <= n; i++) {
      map[i] = before.toSource(step.toSource(i));
    }
    for (int i = 0; i < n; i++) {
      // the end of the last previous character this one came from
      int last = step.sourceEnd(i) - 1;
      ends[i] = last < 0 ? map[i] : before.sourceEnd(last);
    }
    return new NormalisedText(step.text(), map, ends);
  }

  /** Whether every character of {@code t} stands where it stood, one for one. */
  private static boolean keepsEveryOffset(NormalisedText t) {
    int[] offsets = t.sourceOffsets();
    int[] ends = t.sourceEnds();
    int n = t.text().length();
    if (offsets[n] != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (offsets[i] != i || ends[i] != i + 1) {
        return false;
      }
    }
    return true;
  }
}
