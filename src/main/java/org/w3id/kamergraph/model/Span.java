package org.w3id.kamergraph.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 offsets into the text of a document <em>as it
 * was read</em> (before normalisation). The RDF stage converts these to Unicode code point offsets.
 */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }
}
