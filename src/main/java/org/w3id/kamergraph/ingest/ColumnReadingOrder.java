package org.w3id.kamergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.w3id.kamergraph.ingest.PageLines.Line;
import org.w3id.kamergraph.ingest.PageLines.Stretch;
import org.w3id.kamergraph.ingest.PageReading.Region;
import org.w3id.kamergraph.ingest.PageReading.Side;

/**
 * The reading order of a PDF page set in two columns. Sorted by position alone, such a page reads
 * line by line across both columns, interleaving two texts; this class finds the columns and says
 * in which order to read their parts. A page in one column is left exactly as it was.
 *
 * <p><b>Two columns</b>: a page has them when a vertical gutter in its middle (between 30% and 70%
 * of its text's width) is left free by at least {@value #MIN_COLUMN_LINES} lines with text on its
 * left and as many with text on its right, each wider than {@value #MIN_PART} of its side (running
 * text, not a table of short cells or a signature line). Lines that cross the gutter (a title, an
 * asker line, a footnote across the page, a running header or footer) are read where they stand.
 * Between them, consecutive lines that leave the gutter free and share one font size (a footnote
 * block in a smaller size is not part of the columns above it) form a <i>run</i>; a run with text
 * on both sides is read side by side.
 *
 * <p><b>Flow or rows</b>: two layouts put text side by side, and they want different orders.
 *
 * <ul>
 *   <li>Text flowing down two columns (a newspaper page): the left column continues at the top of
 *       the right one, so the whole left column of the run is read before the right one.
 *   <li>Questions left and answers right, in rows: each answer stands beside its question, and
 *       reading the whole left column first would put every question before every answer. Row by
 *       row (the left cell, then the right cell of the same row) keeps question N next to answer N.
 * </ul>
 *
 * The geometry tells them apart. In rows, the two cells of a row start on one baseline and the
 * shorter one ends early, so a row boundary is a band of white across both columns (more than
 * {@value #BAND} leadings between consecutive lines) below which both sides start on the same line,
 * and above which the two sides end at different heights (by {@value #RAGGED} of a leading or more,
 * or one side has no text above at all: the tail of a cell from the previous page). Flowing columns
 * share one line grid and one paragraph spacing, so where both happen to break a paragraph on the
 * same line they also end on the same line: no such boundary. A run with a row boundary is cut at
 * every one of them and read row by row; a run without is read as one row, that is left column
 * first. Once a run shows itself to be in rows, white below which both sides start on one line and
 * above which both ended on one line also starts a row where what ended there is body text: two
 * cells of equal length. The white below labels ({@code Vraag N} and {@code Antwoord N}) or a
 * heading row does not: a block of lines all in another font than the run's body (bold), or the
 * first block of a row if it is one line a side, is such a heading. Rows of one line a side without
 * labels and equally long are not told apart from the next row; they are read as one (both
 * questions, then both answers), which keeps the numbering in order.
 *
 * <p><b>A row cut by the page end</b>: when the last row of a page in rows ends on one line on both
 * sides (the foot of the page cut both cells off, as where only the labels {@code Vraag 6} and
 * {@code Antwoord 6} fit) and no text in the columns' size follows, the page is marked {@link
 * PageReading#cutRow()}: its last right-hand cell is carried over. If the next page opens with the
 * rest of that row ({@link PageReading#continuesRow()}), the cell is read after that page's first
 * left-hand part, so the question's text, continued overleaf, comes before the answer; if it opens
 * with new labels in a font of their own, the row was complete and the cell is read first. A page
 * that ends in rows is {@link PageReading#endsInRows()}, and the next page's first run is read in
 * rows too: the continued cells need not show a row boundary of their own.
 *
 * <p>Stateless; linear in the glyphs apart from sorting them.
 */
final class ColumnReadingOrder {
  /** How many lines must have text on both sides of the gutter. */
  static final int MIN_COLUMN_LINES = 3;

  /** How wide each side of such a line must be, as a share of its side of the page. */
  static final float MIN_PART = 0.4f;

  /** Where the gutter may lie, as shares of the width of the page's text. */
  private static final float GUTTER_FROM = 0.3f;

  private static final float GUTTER_TO = 0.7f;

  /** How much two font sizes may differ, relatively, within one run. */
  private static final float SAME_SIZE = 0.05f;

  /** The white between two rows, in leadings between consecutive lines. */
  static final float BAND = 1.25f;

  /** How far apart, in leadings, the two cells of a row must end to show it is one. */
  static final float RAGGED = 0.5f;

  /** Wider than any page (200 inches); beyond this the coordinates are not a page's. */
  private static final float MAX_WIDTH = 14_400f;

  private ColumnReadingOrder() {}

  /**
   * How to read the page whose glyphs are {@code glyphs}; one part if it is in one column.
   *
   * @param previous how the previous page was read, or null for the first page. A page after one in
   *     two columns keeps its gutter where a single line on each side (the last lines of an
   *     article, the tail of a row) shows it; and if the previous page ended in rows ({@link
   *     PageReading#endsInRows()}), the page's first run goes on with them, even where no row
   *     boundary of its own shows it
   */
  static PageReading read(List<GlyphBox> glyphs, PageReading previous) {
    List<Integer> all = new ArrayList<>(glyphs.size());
    for (int i = 0; i < glyphs.size(); i++) {
      all.add(i);
    }
    PageReading oneColumn =
        new PageReading(List.of(new Region(all, Side.ACROSS)), false, false, false, Float.NaN);
    List<Line> lines = PageLines.of(glyphs);
    OptionalDouble gutter = gutter(lines, MIN_COLUMN_LINES);
    if (gutter.isEmpty() && previous != null && !previous.oneColumn()) {
      gutter = kept(lines, previous.gutter());
    }
    if (gutter.isEmpty()) {
      return oneColumn;
    }
    boolean continuesRows = previous != null && previous.endsInRows();
    float x = (float) gutter.getAsDouble();
    List<Region> regions = new ArrayList<>();
    List<Integer> across = new ArrayList<>();
    boolean cut = false;
    boolean inRows = continuesRows;
    boolean firstRun = true;
    boolean continuesRow = false;
    float bodySize = 0;
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i, x);
      List<Line> run = lines.subList(i, Math.max(end, i + 1));
      if (end > i && twoSided(run, x)) {
        addIfAny(regions, across, Side.ACROSS);
        across = new ArrayList<>();
        float leading = leading(run, x);
        // the rest of a row the previous page cut opens the page, unless new labels do
        boolean rest =
            firstRun && previous != null && previous.cutRow() && !opensWithHeading(run, x, leading);
        continuesRow |= rest;
        List<List<Line>> rows = rows(run, x, leading, firstRun && continuesRows, rest);
        for (List<Line> row : rows) {
          addIfAny(regions, side(row, glyphs, x, true), Side.LEFT);
          addIfAny(regions, side(row, glyphs, x, false), Side.RIGHT);
        }
        inRows = rows.size() > 1 || firstRun && continuesRows;
        firstRun = false;
        cut = inRows && endTogether(rows.get(rows.size() - 1), x, leading);
        bodySize = run.get(0).size();
      } else {
        for (Line line : run) {
          across.addAll(line.glyphs());
          // text in the columns' size after them: the page did not end inside the row
          cut &= Math.abs(line.size() - bodySize) > SAME_SIZE * bodySize;
        }
      }
      i = Math.max(end, i + 1);
    }
    addIfAny(regions, across, Side.ACROSS);
    return regions.size() <= 1 ? oneColumn : new PageReading(regions, cut, continuesRow, inRows, x);
  }

  /**
   * The x of the gutter, if the page has one: the middle of the widest stretch of x (in whole
   * points) where the most lines leave x free with text to its left and, at the same time, the most
   * lines leave it free with text to its right (the smaller of the two counts decides, so the short
   * last lines of a page in one column, free with text only to their left, make no gutter; then the
   * sum of both). Lines of the two columns need not share baselines: flowing columns drift apart by
   * half a line at every paragraph.
   */
  static OptionalDouble gutter(List<Line> lines, int minLines) {
    if (lines.size() < minLines || !(width(lines) > 0 && width(lines) < MAX_WIDTH)) {
      return OptionalDouble.empty();
    }
    float minX = minX(lines);
    float width = width(lines);
    int lo = (int) Math.floor(minX + GUTTER_FROM * width);
    int hi = (int) Math.ceil(minX + GUTTER_TO * width);
    int[] withTextLeft = freeLines(lines, lo, hi, true);
    int[] withTextRight = freeLines(lines, lo, hi, false);
    // ranked by the smaller count, then by both together (so the gutter lies where every line
    // of either column is free, not inside the ragged edge of one), then by width
    long best = 0;
    int bestFrom = 0;
    int bestLength = 0;
    for (int k = 0; k < withTextLeft.length; ) {
      long score = rank(withTextLeft[k], withTextRight[k]);
      int j = k + 1;
      while (j < withTextLeft.length && rank(withTextLeft[j], withTextRight[j]) == score) {
        j++;
      }
      if (score > best || score == best && j - k > bestLength) {
        best = score;
        bestFrom = k;
        bestLength = j - k;
      }
      k = j;
    }
    float x = lo + bestFrom + (bestLength - 1) / 2f;
    return best >> 32 >= minLines && prose(lines, x) >= minLines
        ? OptionalDouble.of(x)
        : OptionalDouble.empty();
  }

  private static long rank(int withTextLeft, int withTextRight) {
    return ((long) Math.min(withTextLeft, withTextRight) << 32) + withTextLeft + withTextRight;
  }

  /** The previous page's gutter, if at least one line of running text on each side keeps it. */
  private static OptionalDouble kept(List<Line> lines, float x) {
    return lines.isEmpty() || !(width(lines) < MAX_WIDTH) || prose(lines, x) < 1
        ? OptionalDouble.empty()
        : OptionalDouble.of(x);
  }

  /**
   * How many lines, free at {@code x}, have text on the left at least {@link #MIN_PART} of the left
   * side wide, and how many on the right: the smaller count.
   */
  private static int prose(List<Line> lines, float x) {
    float minX = minX(lines);
    float maxX = minX + width(lines);
    int left = 0;
    int right = 0;
    for (Line line : lines) {
      if (!line.covers(x)) {
        left += line.widthLeftOf(x) >= MIN_PART * (x - minX) ? 1 : 0;
        right += line.widthRightOf(x) >= MIN_PART * (maxX - x) ? 1 : 0;
      }
    }
    return Math.min(left, right);
  }

  private static float minX(List<Line> lines) {
    float minX = Float.POSITIVE_INFINITY;
    for (Line line : lines) {
      minX = Math.min(minX, line.stretches().get(0).from());
    }
    return minX;
  }

  /** The width of the page's text, from its leftmost glyph to the right edge of its rightmost. */
  private static float width(List<Line> lines) {
    float maxX = Float.NEGATIVE_INFINITY;
    for (Line line : lines) {
      maxX = Math.max(maxX, line.stretches().get(line.stretches().size() - 1).to());
    }
    return maxX - minX(lines);
  }

  /**
   * For each whole x in {@code [lo, hi]}, how many lines leave x free, with text on its left
   * ({@code left}) or on its right.
   */
  private static int[] freeLines(List<Line> lines, int lo, int hi, boolean left) {
    int[] delta = new int[hi - lo + 2];
    for (Line line : lines) {
      List<Stretch> s = line.stretches();
      for (int k = left ? 0 : -1; k < s.size() - (left ? 0 : 1); k++) {
        float after = k < 0 ? Float.NEGATIVE_INFINITY : s.get(k).to();
        float before = k + 1 < s.size() ? s.get(k + 1).from() : Float.POSITIVE_INFINITY;
        int from = (int) Math.max(lo, Math.floor(after) + 1);
        int to = (int) Math.min(hi, Math.ceil(before) - 1);
        if (from <= to) {
          delta[from - lo]++;
          delta[to - lo + 1]--;
        }
      }
    }
    int[] free = new int[hi - lo + 1];
    int running = 0;
    for (int k = 0; k < free.length; k++) {
      running += delta[k];
      free[k] = running;
    }
    return free;
  }

  /** Where the run starting at line {@code from} ends: {@code from} itself if it crosses x. */
  private static int runEnd(List<Line> lines, int from, float x) {
    if (lines.get(from).covers(x)) {
      return from;
    }
    float size = lines.get(from).size();
    int end = from + 1;
    while (end < lines.size()
        && !lines.get(end).covers(x)
        && Math.abs(lines.get(end).size() - size) <= SAME_SIZE * size) {
      end++;
    }
    return end;
  }

  private static boolean twoSided(List<Line> run, float x) {
    return run.stream().anyMatch(l -> l.hasLeftOf(x))
        && run.stream().anyMatch(l -> l.hasRightOf(x));
  }

  /**
   * The rows of a run (see the class comment); a single row for flowing columns. {@code knownRows}
   * says the run is in rows whether or not it shows a row boundary of its own; {@code
   * opensWithRest} that it opens with the rest of a row the previous page cut.
   */
  static List<List<Line>> rows(
      List<Line> run, float x, float leading, boolean knownRows, boolean opensWithRest) {
    String body = PageLines.mostCommon(run.stream().map(Line::font).toList());
    List<Integer> cuts = new ArrayList<>();
    boolean raggedSeen = knownRows;
    int lastLeft = -1;
    int lastRight = -1;
    // the block of lines since the last white across both columns, and its place in the row (the
    // rest of a row from the previous page is no heading of a row of its own)
    int blocksInRow = opensWithRest ? 2 : 1;
    int blockLeft = 0;
    int blockRight = 0;
    boolean heading = true;
    for (int k = 0; k < run.size(); k++) {
      if (k > 0 && whiteAbove(run, k, leading, x)) {
        boolean ragged =
            lastLeft < 0
                || lastRight < 0
                || Math.abs(run.get(lastLeft).baseline() - run.get(lastRight).baseline())
                    >= RAGGED * leading;
        raggedSeen |= ragged;
        // two cells of equal length end together too; labels or a heading row above their
        // texts (in a font of their own, or a first block of one line) do not end a row
        boolean text = !heading && (blocksInRow > 1 || blockLeft >= 2 && blockRight >= 2);
        if (ragged || text) {
          cuts.add(k);
          blocksInRow = 0;
        }
        blocksInRow++;
        blockLeft = 0;
        blockRight = 0;
        heading = true;
      }
      Line line = run.get(k);
      heading &= !line.font().equals(body);
      if (line.hasLeftOf(x)) {
        lastLeft = k;
        blockLeft++;
      }
      if (line.hasRightOf(x)) {
        lastRight = k;
        blockRight++;
      }
    }
    if (!raggedSeen) {
      return List.of(run);
    }
    List<List<Line>> rows = new ArrayList<>();
    int start = 0;
    for (int cut : cuts) {
      rows.add(run.subList(start, cut));
      start = cut;
    }
    rows.add(run.subList(start, run.size()));
    return rows;
  }

  /**
   * True if the run's first block (up to the first white across both columns) is a heading: all in
   * another font than the run's body, as the labels {@code Vraag N} and {@code Antwoord N}.
   */
  private static boolean opensWithHeading(List<Line> run, float x, float leading) {
    String body = PageLines.mostCommon(run.stream().map(Line::font).toList());
    for (int k = 0; k < run.size(); k++) {
      if (k > 0 && whiteAbove(run, k, leading, x)) {
        return true;
      }
      if (run.get(k).font().equals(body)) {
        return false;
      }
    }
    return false;
  }

  /** True if white runs across both columns above line {@code k}, and both sides start on it. */
  private static boolean whiteAbove(List<Line> run, int k, float leading, float x) {
    Line below = run.get(k);
    return below.hasLeftOf(x)
        && below.hasRightOf(x)
        && below.baseline() - run.get(k - 1).baseline() > BAND * leading;
  }

  /**
   * True if both cells of a row end on the same line, as where the foot of the page cuts a row off
   * (or, by chance, where its two cells are exactly as long).
   */
  private static boolean endTogether(List<Line> row, float x, float leading) {
    float left = Float.NaN;
    float right = Float.NaN;
    for (Line line : row) {
      left = line.hasLeftOf(x) ? line.baseline() : left;
      right = line.hasRightOf(x) ? line.baseline() : right;
    }
    return Math.abs(left - right) < RAGGED * leading;
  }

  /**
   * The distance between consecutive lines of one paragraph: the lower quartile of the steps
   * between consecutive lines of each side, which passes over the larger steps between paragraphs
   * and rows even where those are half of all.
   */
  private static float leading(List<Line> run, float x) {
    List<Float> steps = new ArrayList<>();
    steps(run, l -> l.hasLeftOf(x), steps);
    steps(run, l -> l.hasRightOf(x), steps);
    if (steps.isEmpty()) {
      return 1.2f * run.get(0).size();
    }
    steps.sort(null);
    return steps.get(steps.size() / 4);
  }

  private static void steps(List<Line> run, Predicate<Line> side, List<Float> steps) {
    float previous = Float.NaN;
    for (Line line : run) {
      if (side.test(line)) {
        if (!Float.isNaN(previous) && line.baseline() > previous) {
          steps.add(line.baseline() - previous);
        }
        previous = line.baseline();
      }
    }
  }

  /** The glyphs of {@code row} on one side of the gutter, by their centres. */
  private static List<Integer> side(List<Line> row, List<GlyphBox> glyphs, float x, boolean left) {
    List<Integer> out = new ArrayList<>();
    for (Line line : row) {
      for (int g : line.glyphs()) {
        if (glyphs.get(g).centre() < x == left) {
          out.add(g);
        }
      }
    }
    return out;
  }

  private static void addIfAny(List<Region> regions, List<Integer> glyphs, Side side) {
    if (!glyphs.isEmpty()) {
      regions.add(new Region(glyphs, side));
    }
  }
}
