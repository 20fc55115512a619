package org.w3id.kamergraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's glyphs grouped into lines by baseline, top to bottom, each with the stretches of x its
 * text covers. Glyphs belong to one line while their baselines lie within half the line's font size
 * of its first, so a raised footnote marker stays with its line and the next line (a leading of 1.2
 * sizes or more) does not join. Within a line, glyphs closer than one font size (a word space is a
 * third) make one stretch; a wider gap, such as the gutter between two columns, ends it.
 */
final class PageLines {
  /** How far below a line's first baseline a glyph may stand, in font sizes, to belong to it. */
  private static final float SAME_LINE = 0.5f;

  /** The widest gap inside a stretch of text, in font sizes. */
  private static final float STRETCH_GAP = 1.0f;

  /**
   * A stretch of x that text covers, from the left edge of its first glyph to the right edge of its
   * last.
   */
  record Stretch(float from, float to) {}

  /**
   * One line of a page.
   *
   * @param glyphs the indices of its glyphs in the page's list, left to right
   * @param baseline the baseline of its body text (raised markers aside)
   * @param size the font size most of its glyphs have
   * @param font the font most of its glyphs have
   * @param stretches the stretches its text covers, left to right
   */
  record Line(
      List<Integer> glyphs, float baseline, float size, String font, List<Stretch> stretches) {
    /** True if text of this line covers {@code x}. */
    boolean covers(float x) {
      return stretches.stream().anyMatch(s -> s.from() <= x && x <= s.to());
    }

    /** True if some text of this line stands left of {@code x}. */
    boolean hasLeftOf(float x) {
      return stretches.get(0).from() < x;
    }

    /** True if some text of this line stands right of {@code x}. */
    boolean hasRightOf(float x) {
      return stretches.get(stretches.size() - 1).to() > x;
    }

    /**
     * The width of the text left of {@code x}: from its first glyph to its last stretch before x.
     */
    float widthLeftOf(float x) {
      float to = Float.NaN;
      for (Stretch s : stretches) {
        if (s.to() < x) {
          to = s.to();
        }
      }
      return Float.isNaN(to) ? 0 : to - stretches.get(0).from();
    }

    /** The width of the text right of {@code x}: from its first stretch after x to its end. */
    float widthRightOf(float x) {
      for (Stretch s : stretches) {
        if (s.from() > x) {
          return stretches.get(stretches.size() - 1).to() - s.from();
        }
      }
      return 0;
    }
  }

  private PageLines() {}

  /** The lines of {@code glyphs}, top to bottom. */
  static List<Line> of(List<GlyphBox> glyphs) {
    List<Integer> order = new ArrayList<>(glyphs.size());
    for (int i = 0; i < glyphs.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble((Integer i) -> glyphs.get(i).baseline())
            .thenComparingDouble(i -> glyphs.get(i).x()));
    List<Line> lines = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    float first = 0;
    float largest = 0;
    for (int i : order) {
      GlyphBox g = glyphs.get(i);
      if (!current.isEmpty() && g.baseline() - first <= SAME_LINE * Math.max(largest, g.size())) {
        current.add(i);
        largest = Math.max(largest, g.size());
        continue;
      }
      if (!current.isEmpty()) {
        lines.add(line(glyphs, current));
      }
      current = new ArrayList<>();
      current.add(i);
      first = g.baseline();
      largest = g.size();
    }
    if (!current.isEmpty()) {
      lines.add(line(glyphs, current));
    }
    return lines;
  }

  private static Line line(List<GlyphBox> glyphs, List<Integer> members) {
    members.sort(Comparator.comparingDouble(i -> glyphs.get(i).x()));
    float size = commonSize(glyphs, members);
    float baseline = Float.NEGATIVE_INFINITY;
    for (int i : members) {
      // the common size is rounded to half a point
      if (glyphs.get(i).size() >= size - 0.25f) {
        baseline = Math.max(baseline, glyphs.get(i).baseline());
      }
    }
    List<Stretch> stretches = new ArrayList<>();
    float from = glyphs.get(members.get(0)).x();
    float to = glyphs.get(members.get(0)).end();
    for (int i : members.subList(1, members.size())) {
      GlyphBox g = glyphs.get(i);
      if (g.x() - to > STRETCH_GAP * size) {
        stretches.add(new Stretch(from, to));
        from = g.x();
      }
      to = Math.max(to, g.end());
    }
    stretches.add(new Stretch(from, to));
    return new Line(
        List.copyOf(members),
        baseline,
        size,
        mostCommon(members.stream().map(i -> glyphs.get(i).font()).toList()),
        List.copyOf(stretches));
  }

  /** The value that occurs most often in {@code values}, the first of them on a tie. */
  static String mostCommon(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    String best = values.get(0);
    for (String v : values) {
      int n = counts.merge(v, 1, Integer::sum);
      if (n > counts.get(best)) {
        best = v;
      }
    }
    return best;
  }

  /** The font size most glyphs of the line have (to half a point), the larger on a tie. */
  private static float commonSize(List<GlyphBox> glyphs, List<Integer> members) {
    Map<Float, Integer> counts = new HashMap<>();
    for (int i : members) {
      counts.merge(Math.round(glyphs.get(i).size() * 2) / 2f, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow()
        .getKey();
  }
}
