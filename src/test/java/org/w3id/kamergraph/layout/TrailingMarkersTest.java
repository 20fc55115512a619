package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TrailingMarkersTest {
  @Test
  void stripsFootnoteMarkersAndWhitespaceAtTheEndOnly() {
    assertThat(TrailingMarkers.strip("Bent u bekend met het bericht? 3, [4] (5)* \t"))
        .isEqualTo("Bent u bekend met het bericht?");
    assertThat(TrailingMarkers.strip("12 vragen over 2024")).isEqualTo("12 vragen over");
    assertThat(TrailingMarkers.strip(" 1 2 ")).isEmpty();
    assertThat(TrailingMarkers.strip("")).isEmpty();
  }

  /** The regular expression it replaces took minutes on this (every start scanned the run). */
  @Test
  @Timeout(5)
  void aLongRunOfSpacesBeforeTheEndIsOneScan() {
    String line = "Vraag 1" + " ".repeat(2_000_000) + "x";
    assertThat(TrailingMarkers.strip(line)).isEqualTo(line);
  }
}
