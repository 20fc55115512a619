package org.w3id.kamergraph.layout;

import java.util.List;
import java.util.Optional;

/**
 * Numbered questions and their answers, found by the first {@link QuestionRecogniser} that
 * recognises the text: {@code Vraag N}/{@code Antwoord N} labels first (the surest sign), then
 * every question before every answer (older texts), then numbered paragraphs each followed by its
 * answer. A text none recognises has no numbered question ({@link QuestionLayout#NONE}).
 */
final class QuestionBlocks {
  /** What was found: the layout, the blocks, where the first question starts. */
  record Found(
      QuestionLayout layout, List<Block> questions, List<Block> answers, int questionsStart) {
    Found {
      questions = List.copyOf(questions);
      answers = List.copyOf(answers);
    }
  }

  /** In the order they are asked; each stateless. */
  private static final List<QuestionRecogniser> RECOGNISERS =
      List.of(new LabelledQuestions(), new AnswersAfterQuestions(), new NumberedQuestions());

  private QuestionBlocks() {}

  /**
   * The questions and answers after {@code from} (the end of the header's askers, or 0).
   *
   * @param answerOpens whether an answer line ({@code Antwoord van …}) opens in the text
   * @param closing where the closing signature starts, or the text's length
   */
  static Found find(String text, int from, List<Note> notes, boolean answerOpens, int closing) {
    QuestionText source = new QuestionText(text, notes, answerOpens, closing);
    for (QuestionRecogniser recogniser : RECOGNISERS) {
      Optional<Found> found = recogniser.recognise(source, from);
      if (found.isPresent() && !found.get().questions().isEmpty()) {
        return found.get();
      }
    }
    return new Found(QuestionLayout.NONE, List.of(), List.of(), text.length());
  }
}
