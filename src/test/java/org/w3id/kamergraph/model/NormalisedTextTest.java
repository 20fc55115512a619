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

  @Test
  void aSpanEndingInAJoinedLetterTakesItsDiacriticAlong() {
    // "Syrie´ en" read, "Syrié en" normalised: é came from source 4 and 5
    NormalisedText joined =
        new NormalisedText(
            "Syrié en", new int[] {0, 1, 2, 3, 4, 6, 7, 8, 9}, new int[] {1, 2, 3, 4, 6, 7, 8, 9});
    assertThat(joined.toSource(0, 5)).isEqualTo(new Span(0, 6));
    assertThat(joined.toSource(4, 5)).isEqualTo(new Span(4, 6));
    assertThat(joined.toSource(6, 8)).isEqualTo(new Span(7, 9));
  }

  @Test
  void withoutEndsEveryCharacterCameFromOne() {
    assertThat(text.sourceEnds()).containsExactly(1, 2, 3, 5, 6);
    assertThat(text.toSource(1, 3)).isEqualTo(new Span(1, 3));
  }
}
