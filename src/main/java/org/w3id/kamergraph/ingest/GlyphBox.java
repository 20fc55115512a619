package org.w3id.kamergraph.ingest;

/**
 * Where one glyph of a PDF page stands, in the page's text-direction coordinates (x grows to the
 * right, y downwards), as the column analysis of {@link ColumnReadingOrder} needs it.
 *
 * @param x the glyph's left edge
 * @param baseline the y of its baseline
 * @param width its advance width
 * @param size its font size in points
 * @param font the name of its font, to tell headings (bold labels) from body text
 */
record GlyphBox(float x, float baseline, float width, float size, String font) {
  /** The glyph's right edge. */
  float end() {
    return x + width;
  }

  /** The middle of the glyph, which decides its side of a gutter. */
  float centre() {
    return x + width / 2;
  }
}
