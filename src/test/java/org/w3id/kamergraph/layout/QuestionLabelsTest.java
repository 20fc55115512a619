package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLabelsTest {
  private static List<List<Integer>> answerNumbers(String text) {
    return QuestionLabels.find(text, 0).stream()
        .filter(l -> !l.question())
        .map(QuestionLabels.Label::numbers)
        .toList();
  }

  @Test
  void answerLabelsNameTheQuestionsTheyAnswer() {
    assertThat(
            answerNumbers(
                "Antwoord op vraag 1\nJa.\n\nAntwoord op vragen 4 en 5\nNee.\n\n"
                    + "Antwoord op de vragen 6 t/m 8\nZie boven.\n"))
        .containsExactly(List.of(1), List.of(4, 5), List.of(6, 7, 8));
  }

  @Test
  void aReferenceInRunningTextIsNoLabel() {
    // capitalised as a label is, but inside a sentence and followed by lower case
    assertThat(answerNumbers("Zie het Antwoord op vragen 4 en 5 hierboven.")).isEmpty();
    assertThat(answerNumbers("Dat staat in Antwoord 4 en 5 van de vorige brief.")).isEmpty();
  }
}
