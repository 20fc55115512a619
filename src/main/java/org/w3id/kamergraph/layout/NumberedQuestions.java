package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Numbered paragraphs that ask ({@code 1.}, {@code 2)}, a number on a line of its own), each
 * followed by its answer, labelled {@code Antwoord:} / {@code Antwoord N} or not: answer letters,
 * Kamervragen publications, party-site, news-wire and plain copies.
 *
 * <p>Copies of questions that were never answered end with whatever the copy adds after the last
 * question (a copyright line, share links, an address block). Unlabelled text after the last
 * question is therefore an answer only when the document answers: another question has an answer
 * too, or an answer line ({@code Antwoord van …}) opens somewhere. No answer is invented for a
 * document that only asks.
 */
final class NumberedQuestions implements QuestionRecogniser {
  @Override
  public Optional<QuestionBlocks.Found> recognise(QuestionText source, int from) {
    String text = source.text();
    List<NumberedQuestion> asked = source.numberedQuestions(from);
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    List<Block> questions = new ArrayList<>();
    List<Block> answers = new ArrayList<>();
    boolean anyLabelled = false;
    int bodyEnd = source.bodyEnd(asked.get(asked.size() - 1).end());
    for (int i = 0; i < asked.size(); i++) {
      NumberedQuestion q = asked.get(i);
      int next = i + 1 < asked.size() ? asked.get(i + 1).lineStart() : Math.max(bodyEnd, q.end());
      int end = Math.min(q.end(), next);
      questions.add(new Block(List.of(q.number()), new Region(q.textStart(), end).trimmed(text)));
      List<QuestionLabels.Label> answerLabels = QuestionLabels.find(text, end, next);
      int answerStart = end;
      List<Integer> numbers = List.of(q.number());
      boolean labelled = !answerLabels.isEmpty() && !answerLabels.get(0).question();
      if (labelled) {
        answerStart = answerLabels.get(0).end();
        if (!answerLabels.get(0).numbers().isEmpty()) {
          numbers = answerLabels.get(0).numbers();
        }
      }
      Region answer = new Region(answerStart, next).trimmed(text);
      // unlabelled text made only of numbered lines is the footnotes after the last question of a
      // questions-only document, not an answer
      if (!labelled && source.onlyNumberedLines(answer.begin(), answer.end())) {
        continue;
      }
      if (source.saysSomething(answer)) {
        answers.add(new Block(numbers, answer));
        anyLabelled |= labelled;
      }
    }
    if (!answers.isEmpty() && !anyLabelled && onlyTrailer(source, asked, answers)) {
      answers.clear();
    }
    return Optional.of(
        new QuestionBlocks.Found(
            QuestionLayout.NUMBERED, questions, answers, asked.get(0).lineStart()));
  }

  /**
   * Whether the only answer found, unlabelled, is text after the last question of a document that
   * does not answer: what a copy adds after the questions, not an answer.
   */
  private static boolean onlyTrailer(
      QuestionText source, List<NumberedQuestion> asked, List<Block> answers) {
    int lastNumber = asked.get(asked.size() - 1).number();
    return answers.size() == 1
        && answers.get(0).numbers().equals(List.of(lastNumber))
        && (asked.size() > 1 || !source.answerOpens());
  }
}
