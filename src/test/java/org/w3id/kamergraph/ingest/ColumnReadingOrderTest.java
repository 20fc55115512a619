package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.ingest.PageReading.Region;
import org.w3id.kamergraph.ingest.PageReading.Side;

/**
 * The geometry of {@link ColumnReadingOrder} on pages drawn here glyph by glyph: 5 points a glyph,
 * 10-point type, a leading of 12, the left column from x 50 to 250, the right from 280 to 480.
 */
class ColumnReadingOrderTest {
  private static final float LEFT = 50;
  private static final float RIGHT = 280;
  private static final float SIZE = 10;
  private static final String FONT = "Helvetica";
  private static final String BOLD = "Helvetica-Bold";

  /** A page under construction: glyphs and, for each, the word it belongs to. */
  private final List<GlyphBox> glyphs = new ArrayList<>();

  private final List<String> words = new ArrayList<>();

  /** Puts {@code word}, padded with x to 40 glyphs (a full column line), at x and baseline y. */
  private void line(float x, float y, String word) {
    text(x, y, word, 40);
  }

  private void text(float x, float y, String word, int glyphCount) {
    text(x, y, word, glyphCount, FONT);
  }

  private void text(float x, float y, String word, int glyphCount, String font) {
    for (int i = 0; i < glyphCount; i++) {
      glyphs.add(new GlyphBox(x + 5 * i, y, 5, SIZE, font));
      words.add(word);
    }
  }

  /** Labels in bold on both sides: Vraag N and Antwoord N. */
  private void labels(float y, int n) {
    text(LEFT, y, "Vraag" + n, 7, BOLD);
    text(RIGHT, y, "Antwoord" + n, 10, BOLD);
  }

  /** {@code words} on consecutive lines (a leading of 12) of one column, from baseline y. */
  private void column(float x, float y, String... lines) {
    for (int i = 0; i < lines.length; i++) {
      line(x, y + 12 * i, lines[i]);
    }
  }

  /** A line across the page, covering the gutter. */
  private void across(float y, String word) {
    text(LEFT, y, word, 86);
  }

  /** The words of the page in reading order, each region's words once, by region. */
  private List<String> order(PageReading reading) {
    List<String> out = new ArrayList<>();
    for (Region r : reading.regions()) {
      // within a region, top to bottom as PDFBox sorts it
      List<Integer> sorted = new ArrayList<>(r.glyphs());
      sorted.sort(
          (a, b) ->
              glyphs.get(a).baseline() != glyphs.get(b).baseline()
                  ? Float.compare(glyphs.get(a).baseline(), glyphs.get(b).baseline())
                  : Float.compare(glyphs.get(a).x(), glyphs.get(b).x()));
      for (int g : sorted) {
        if (out.isEmpty() || !out.get(out.size() - 1).equals(words.get(g))) {
          out.add(words.get(g));
        }
      }
    }
    return out;
  }

  @Test
  void flowingColumnsAreReadLeftColumnFirst() {
    across(60, "title");
    for (int i = 0; i < 5; i++) {
      line(LEFT, 100 + 12 * i, "L" + i);
      line(RIGHT, 100 + 12 * i, "R" + i);
    }
    PageReading reading = ColumnReadingOrder.read(glyphs, null);
    assertThat(order(reading))
        .containsExactly("title", "L0", "L1", "L2", "L3", "L4", "R0", "R1", "R2", "R3", "R4");
    assertThat(reading.regions())
        .extracting(Region::side)
        .containsExactly(Side.ACROSS, Side.LEFT, Side.RIGHT);
    assertThat(reading.cutRow()).isFalse();
  }

  @Test
  void flowingColumnsThatBreakAParagraphOnTheSameLineStayOneFlow() {
    // both columns end a paragraph on line 3 and go on half a line lower: no row boundary, as
    // both sides end together above the white
    float[] ys = {100, 112, 124, 142, 154, 166};
    for (int i = 0; i < ys.length; i++) {
      line(LEFT, ys[i], "L" + i);
      line(RIGHT, ys[i], "R" + i);
    }
    PageReading reading = ColumnReadingOrder.read(glyphs, null);
    assertThat(order(reading))
        .containsExactly("L0", "L1", "L2", "L3", "L4", "L5", "R0", "R1", "R2", "R3", "R4", "R5");
  }

  @Test
  void flowingColumnsOnAnOffsetGridAreFound() {
    // after a paragraph the right column runs half a line below the left one
    for (int i = 0; i < 6; i++) {
      line(LEFT, 100 + 12 * i, "L" + i);
      line(RIGHT, 106 + 12 * i, "R" + i);
    }
    assertThat(order(ColumnReadingOrder.read(glyphs, null)))
        .containsExactly("L0", "L1", "L2", "L3", "L4", "L5", "R0", "R1", "R2", "R3", "R4", "R5");
  }

  @Test
  void rowsOfQuestionAndAnswerAreReadRowByRow() {
    // row 1: a question of three lines beside an answer of one; row 2: one line beside three
    column(LEFT, 100, "Q1a", "Q1b", "Q1c");
    column(RIGHT, 100, "A1");
    column(LEFT, 142, "Q2");
    column(RIGHT, 142, "A2a", "A2b", "A2c");
    column(LEFT, 184, "Q3");
    column(RIGHT, 184, "A3");
    PageReading reading = ColumnReadingOrder.read(glyphs, null);
    assertThat(order(reading))
        .containsExactly("Q1a", "Q1b", "Q1c", "A1", "Q2", "A2a", "A2b", "A2c", "Q3", "A3");
    // the last row ends on one line on both sides: the page may have cut it off
    assertThat(reading.cutRow()).isTrue();
  }

  @Test
  void aRowWhoseCellsEndApartIsNotCut() {
    column(LEFT, 100, "Q1a", "Q1b");
    column(RIGHT, 100, "A1");
    column(LEFT, 130, "Q2");
    column(RIGHT, 130, "A2a", "A2b");
    across(200, "footer");
    PageReading reading = ColumnReadingOrder.read(glyphs, null);
    assertThat(order(reading)).containsExactly("Q1a", "Q1b", "A1", "Q2", "A2a", "A2b", "footer");
    assertThat(reading.cutRow()).isFalse();
  }

  @Test
  void theTailOfACellFromThePreviousPageIsReadBeforeTheNextRow() {
    column(RIGHT, 100, "A5tail", "A5end");
    column(LEFT, 130, "Q6a", "Q6b", "Q6c");
    column(RIGHT, 130, "A6");
    assertThat(order(ColumnReadingOrder.read(glyphs, null)))
        .containsExactly("A5tail", "A5end", "Q6a", "Q6b", "Q6c", "A6");
  }

  @Test
  void aPageInOneColumnIsOnePart() {
    for (int i = 0; i < 10; i++) {
      across(100 + 12 * i, "P" + i);
    }
    // short last lines of paragraphs leave the middle free, on their right only
    text(LEFT, 230, "short", 20);
    text(LEFT, 242, "short2", 25);
    text(LEFT, 254, "short3", 30);
    PageReading reading = ColumnReadingOrder.read(glyphs, null);
    assertThat(reading.oneColumn()).isTrue();
    assertThat(reading.regions().get(0).glyphs()).hasSize(glyphs.size());
  }

  @Test
  void aTableOfShortCellsIsNotTakenForColumns() {
    for (int i = 0; i < 8; i++) {
      text(LEFT, 100 + 12 * i, "jaar" + i, 6);
      text(RIGHT, 100 + 12 * i, "aantal" + i, 5);
    }
    assertThat(ColumnReadingOrder.read(glyphs, null).oneColumn()).isTrue();
  }

  @Test
  void aFootnoteInASmallerSizeBelowTheColumnsIsNotPartOfThem() {
    for (int i = 0; i < 4; i++) {
      line(LEFT, 100 + 12 * i, "L" + i);
      line(RIGHT, 100 + 12 * i, "R" + i);
    }
    for (int i = 0; i < 5; i++) {
      glyphs.add(new GlyphBox(LEFT + 5 * i, 170, 4, 7.5f, FONT));
      words.add("note");
    }
    assertThat(order(ColumnReadingOrder.read(glyphs, null)))
        .containsExactly("L0", "L1", "L2", "L3", "R0", "R1", "R2", "R3", "note");
  }

  @Test
  void aRaisedFootnoteMarkerStaysOnItsLine() {
    for (int i = 0; i < 4; i++) {
      line(LEFT, 100 + 12 * i, "L" + i);
      line(RIGHT, 100 + 12 * i, "R" + i);
    }
    glyphs.add(new GlyphBox(LEFT + 200, 96.5f, 3, 6, FONT));
    words.add("L1");
    List<PageLines.Line> lines = PageLines.of(glyphs);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).baseline()).isEqualTo(100);
    assertThat(lines.get(0).size()).isEqualTo(SIZE);
  }

  @Test
  void pagesWithoutGlyphsOrWithOddCoordinatesAreOneColumn() {
    assertThat(ColumnReadingOrder.read(List.of(), null).oneColumn()).isTrue();
    glyphs.add(new GlyphBox(0, 0, 5, SIZE, FONT));
    glyphs.add(new GlyphBox(1e9f, 0, 5, SIZE, FONT));
    glyphs.add(new GlyphBox(-1e9f, 12, 5, SIZE, FONT));
    assertThat(ColumnReadingOrder.read(glyphs, null).oneColumn()).isTrue();
  }

  @Test
  void cellsOfOneLineBelowBoldLabelsAreRowsOfTheirOwn() {
    labels(100, 1);
    column(LEFT, 118, "Q1a", "Q1b", "Q1c", "Q1d");
    column(RIGHT, 118, "A1");
    // two cells of one line each, equally long: they end together above the next labels
    labels(172, 2);
    column(LEFT, 190, "Q2");
    column(RIGHT, 190, "A2");
    labels(208, 3);
    column(LEFT, 226, "Q3");
    column(RIGHT, 226, "A3a", "A3b", "A3c", "A3d");
    assertThat(order(ColumnReadingOrder.read(glyphs, null)))
        .containsExactly(
            "Vraag1",
            "Q1a",
            "Q1b",
            "Q1c",
            "Q1d",
            "Antwoord1",
            "A1",
            "Vraag2",
            "Q2",
            "Antwoord2",
            "A2",
            "Vraag3",
            "Q3",
            "Antwoord3",
            "A3a",
            "A3b",
            "A3c",
            "A3d");
  }

  @Test
  void aPageAfterOneInColumnsKeepsItsGutterForAFewLines() {
    for (int i = 0; i < 5; i++) {
      line(LEFT, 100 + 12 * i, "L" + i);
      line(RIGHT, 100 + 12 * i, "R" + i);
    }
    PageReading first = ColumnReadingOrder.read(glyphs, null);
    glyphs.clear();
    words.clear();
    line(LEFT, 100, "L5");
    line(RIGHT, 100, "R5");
    across(300, "footer");
    assertThat(ColumnReadingOrder.read(glyphs, null).oneColumn()).isTrue();
    assertThat(order(ColumnReadingOrder.read(glyphs, first))).containsExactly("L5", "R5", "footer");
  }

  @Test
  void aRowCutByThePageEndGoesOnOnTheNextPage() {
    column(LEFT, 100, "Q1a", "Q1b", "Q1c", "Q1d");
    column(RIGHT, 100, "A1a", "A1b", "A1c");
    // only the labels of row 2 fit above the foot of the page
    labels(154, 2);
    PageReading first = ColumnReadingOrder.read(glyphs, null);
    assertThat(first.cutRow()).isTrue();
    assertThat(first.endsInRows()).isTrue();

    glyphs.clear();
    words.clear();
    column(LEFT, 100, "Q2rest");
    column(RIGHT, 100, "A2rest", "A2end");
    labels(130, 3);
    column(LEFT, 148, "Q3a", "Q3b", "Q3c");
    column(RIGHT, 148, "A3a", "A3b", "A3c");
    PageReading rest = ColumnReadingOrder.read(glyphs, first);
    assertThat(rest.continuesRow()).isTrue();
    assertThat(order(rest))
        .containsExactly(
            "Q2rest",
            "A2rest",
            "A2end",
            "Vraag3",
            "Q3a",
            "Q3b",
            "Q3c",
            "Antwoord3",
            "A3a",
            "A3b",
            "A3c");

    // a page that opens with new labels: the row was complete
    glyphs.clear();
    words.clear();
    labels(100, 3);
    column(LEFT, 118, "Q3a", "Q3b", "Q3c");
    column(RIGHT, 118, "A3a", "A3b", "A3c");
    assertThat(ColumnReadingOrder.read(glyphs, first).continuesRow()).isFalse();
  }
}
