package org.w3id.kamergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityTest {
  @Test
  void tokensDropFunctionWords() {
    assertThat(Similarity.tokens("Raad van State / de Commissie-Remkes"))
        .containsExactly("raad", "state", "commissie", "remkes");
  }

  @Test
  void fuzzyEqualWhenNormalisedEqual() {
    assertThat(Similarity.fuzzyEq("Nevedi", "NEVEDI")).isTrue();
    assertThat(Similarity.fuzzyEq("Zeeën", "zeeen")).isTrue();
  }

  @Test
  void fuzzyEqualWhenOneContainsTheOtherAndBothHaveFourCharacters() {
    assertThat(Similarity.fuzzyEq("Groeifonds", "Nationaal Groeifonds")).isTrue();
    assertThat(Similarity.fuzzyEq("AiNed", "AiNed-programma")).isTrue();
    // three characters are too few to count as contained
    assertThat(Similarity.fuzzyEq("CPB", "CPB-raming")).isFalse();
  }

  @Test
  void fuzzyEqualWhenSixtyPercentOfWordsShared() {
    // {wetenschappelijke, raad, regeringsbeleid} vs {+ nederlandse}: 3/4 = 0.75
    assertThat(
            Similarity.fuzzyEq(
                "Wetenschappelijke Raad voor het Regeringsbeleid",
                "Nederlandse Wetenschappelijke Raad Regeringsbeleid"))
        .isTrue();
    // {raad, state} vs {raad, europa}: 1/3
    assertThat(Similarity.fuzzyEq("Raad van State", "Raad van Europa")).isFalse();
  }

  @Test
  void fuzzyNeverEqualsEmpty() {
    assertThat(Similarity.fuzzyEq("", "")).isFalse();
    assertThat(Similarity.fuzzyEq("«»", "x")).isFalse();
  }

  @Test
  void nameEqualWhenTheFullNameEndsInTheSurname() {
    assertThat(Similarity.nameEq("Anna de Wit", "De Wit")).isTrue();
    assertThat(Similarity.nameEq("Van der Wal Zeggelink", "Van der Wal-Zeggelink")).isTrue();
    assertThat(Similarity.nameEq("Kostic ´", "Kostić")).isTrue();
    // gold names under three characters must match exactly
    assertThat(Similarity.nameEq("Wu", "Wu")).isTrue();
    assertThat(Similarity.nameEq("Anna Wu", "Wu")).isFalse();
    assertThat(Similarity.nameEq("Smit", "Smits")).isFalse();
  }
}
