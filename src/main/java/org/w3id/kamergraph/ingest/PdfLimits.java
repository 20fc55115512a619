package org.w3id.kamergraph.ingest;

/**
 * How much of a PDF kamergraph is willing to unpack for one document. A written question and its
 * answer fill a few pages; the bounds sit far above that and far below what would exhaust a worker:
 * a hostile file (a page tree nested thousands deep, a compressed stream that inflates to
 * gigabytes, one page carrying millions of glyphs) is refused with a message instead of taking the
 * batch's memory or stack.
 *
 * @param maxPages pages in the page tree
 * @param maxTreeDepth levels of nested page-tree nodes (real files have fewer than ten)
 * @param maxInflatedBytes bytes all non-image streams together decode to
 * @param maxGlyphsPerPage glyphs on one page (a dense A4 page has about 5,000)
 * @param maxCharacters characters of text in the whole document
 */
public record PdfLimits(
    int maxPages,
    int maxTreeDepth,
    long maxInflatedBytes,
    int maxGlyphsPerPage,
    long maxCharacters) {

  public PdfLimits {
    if (maxPages < 1
        || maxTreeDepth < 1
        || maxInflatedBytes < 1
        || maxGlyphsPerPage < 1
        || maxCharacters < 1) {
      throw new IllegalArgumentException("PDF limits must be positive");
    }
  }

  /**
   * 3,000 pages, 64 levels, 256 MiB inflated, 200,000 glyphs per page and 20 million characters.
   */
  public static PdfLimits defaults() {
    return new PdfLimits(3_000, 64, 256L << 20, 200_000, 20_000_000L);
  }
}
