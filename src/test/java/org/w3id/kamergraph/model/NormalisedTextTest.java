package org.w3id.kamergraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisedTextTest {
  /** "ab--cd" read, "ab-cd" normalised: the second hyphen (source 3) was deleted. */
  private final NormalisedText text = new NormalisedText("ab-cd", new int[] {0, 1, 2, 4, 5, 6});

  @Test
  void aSourceOffsetMapsToTheFirstNormalisedOffsetAtOrAfterIt() {
    assertThat(text.fromSource(0)).isZero();
    assertThat(text.fromSource(2)).isEqualTo(2);
    // the deleted character: what follows it in the normalised text
    assertThat(text.fromSource(3)).isEqualTo(3);
    assertThat(text.fromSource(4)).isEqualTo(3);
    assertThat(text.fromSource(6)).isEqualTo(5);
  }

  @Test
  void mapsBackWhatToSourceMapped() {
    for (int i = 0; i <= text.text().length(); i++) {
      assertThat(text.fromSource(text.toSource(i))).isEqualTo(i);
    }
  }
}
