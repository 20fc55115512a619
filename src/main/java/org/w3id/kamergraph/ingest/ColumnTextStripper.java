package org.w3id.kamergraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper reading a page set in two columns in the order {@link ColumnReadingOrder}
 * finds: each part of the page (text across it, one side of a row or of a run of columns) is
 * written as PDFBox writes a page, sorted by position, one part after the other. A page in one
 * column is written exactly as PDFBox writes it. It carries from page to page how the last page was
 * read, and a right-hand cell the page end cut off, so one instance reads one document.
 */
class ColumnTextStripper extends PDFTextStripper {
  /** The right-hand cell of a row the last page cut off, to be read on this page (or null). */
  private List<TextPosition> carried;

  /** How the last page was read (its gutter, whether it ended in rows), or null. */
  private PageReading previous;

  /**
   * Writes each part of a two-column page as a page of its own, in reading order: PDFBox sorts and
   * writes what it holds as one stretch of lines, ending with the page end (a newline). Pages with
   * article beads (several non-empty articles: the PDF states its own reading order), glyphs in
   * another direction than left to right, or one column are written as they were, after the
   * right-hand cell a previous page carried over, if any.
   */
  @Override
  protected void writePage() throws IOException {
    List<TextPosition> page = onlyArticle();
    List<GlyphBox> boxes = page == null ? null : boxes(page);
    PageReading reading = boxes == null ? null : ColumnReadingOrder.read(boxes, previous);
    previous = reading;
    List<List<TextPosition>> articles = new ArrayList<>(charactersByArticle);
    try {
      if (reading == null || reading.oneColumn()) {
        if (carried != null) {
          writePart(carried);
          carried = null;
          restore(articles);
        }
        super.writePage();
        return;
      }
      List<List<TextPosition>> parts = new ArrayList<>();
      List<PageReading.Side> sides = new ArrayList<>();
      for (PageReading.Region region : reading.regions()) {
        List<TextPosition> part = new ArrayList<>(region.glyphs().size());
        region.glyphs().forEach(i -> part.add(page.get(i)));
        parts.add(part);
        sides.add(region.side());
      }
      List<TextPosition> carry = null;
      if (reading.cutRow()) {
        int last = sides.lastIndexOf(PageReading.Side.RIGHT);
        carry = parts.remove(last);
        sides.remove(last);
      }
      if (carried != null) {
        // after the rest of the question that opens the page, or first if new labels do
        int left = sides.indexOf(PageReading.Side.LEFT);
        int right = sides.indexOf(PageReading.Side.RIGHT);
        boolean after = reading.continuesRow() && left >= 0 && (right < 0 || left < right);
        parts.add(after ? left + 1 : 0, carried);
      }
      carried = carry;
      for (List<TextPosition> part : parts) {
        writePart(part);
      }
    } finally {
      restore(articles);
    }
  }

  /** A right-hand cell the last page carried over is written at the end, if nothing took it. */
  @Override
  protected void endDocument(PDDocument document) throws IOException {
    if (carried != null) {
      List<List<TextPosition>> articles = new ArrayList<>(charactersByArticle);
      writePart(carried);
      carried = null;
      restore(articles);
    }
    super.endDocument(document);
  }

  /** Writes {@code part} as PDFBox writes a page: sorted, as lines, then the page end. */
  private void writePart(List<TextPosition> part) throws IOException {
    charactersByArticle.clear();
    charactersByArticle.add(part);
    super.writePage();
  }

  // PDFBox refills its article lists page by page, so they are put back as they were
  private void restore(List<List<TextPosition>> articles) {
    charactersByArticle.clear();
    charactersByArticle.addAll(articles);
  }

  /** The page's one non-empty article of glyphs all written left to right, else null. */
  private List<TextPosition> onlyArticle() {
    List<TextPosition> only = null;
    for (List<TextPosition> article : charactersByArticle) {
      if (article.isEmpty()) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = article;
    }
    if (only != null && only.stream().anyMatch(t -> t.getDir() != 0)) {
      return null;
    }
    return only;
  }

  /**
   * Where the page's glyphs stand, or null if one has no size or position to go by (the analysis
   * measures gaps in font sizes, so it would see gutters everywhere).
   */
  private static List<GlyphBox> boxes(List<TextPosition> page) {
    List<GlyphBox> boxes = new ArrayList<>(page.size());
    for (TextPosition t : page) {
      float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
      String font = t.getFont() == null ? "" : String.valueOf(t.getFont().getName());
      GlyphBox box = new GlyphBox(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, font);
      if (!(size > 0) || !Float.isFinite(box.end()) || !Float.isFinite(box.baseline())) {
        return null;
      }
      boxes.add(box);
    }
    return boxes;
  }
}
