package org.w3id.kamergraph.ingest;

import java.util.List;

/**
 * How to read one PDF page, as {@link ColumnReadingOrder} found it: the page's glyphs in parts,
 * each read top to bottom on its own, one part after the other.
 *
 * @param regions the parts, in reading order
 * @param cutRow true if the page ends inside a row of two cells (a question beside its answer) that
 *     runs on onto the next page: the page's last right-hand part then belongs after the next
 *     page's first left-hand part, so the question's text comes before its answer
 * @param continuesRow true if the page opens with the rest of the row the previous page cut (its
 *     first left-hand part is the rest of that question); false if it opens with new labels, and
 *     the cell carried over belongs before everything on it
 * @param endsInRows true if the page's last text in two columns was read in rows, so the next
 *     page's first run, which goes on with it, is read in rows too
 * @param gutter the x of the gutter between the columns; NaN for a page in one column
 */
record PageReading(
    List<Region> regions, boolean cutRow, boolean continuesRow, boolean endsInRows, float gutter) {
  /** Where a part stands: across the page, or on one side of the gutter. */
  enum Side {
    ACROSS,
    LEFT,
    RIGHT
  }

  /**
   * One part of the page.
   *
   * @param glyphs indices into the page's glyphs
   * @param side where it stands
   */
  record Region(List<Integer> glyphs, Side side) {
    Region {
      glyphs = List.copyOf(glyphs);
    }
  }

  PageReading {
    regions = List.copyOf(regions);
  }

  /** True if the page is read as one column: a single part, as PDFBox sorts it. */
  boolean oneColumn() {
    return regions.size() <= 1;
  }
}
