package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Older Aanhangsel texts and their plain copies: every question first, numbered, then the answer
 * line, then every answer numbered again from 1 — one number, or a group ({@code 3 en 4}, {@code 5,
 * 6 en 7}, {@code 8 t/m 10}) answered together. Applies only when nothing but footnotes stands
 * between the questions and the answer line, so a numbered list inside an answer letter is not
 * mistaken for it.
 */
final class AnswersAfterQuestions implements QuestionRecogniser {
  /**
   * The line (or lines) after which the answers follow: {@code Antwoord van minister X (…), mede
   * namens … (Ontvangen …)} broken over lines as older texts do (no blank line inside), or a line
   * {@code Antwoord van …} or a heading {@code Antwoord(en)} of its own.
   */
  private static final Pattern ANSWER_SECTION =
      Pattern.compile(
          "(?m)^[ \\t]*(?:Antwoord(?:en)?[ \\t]+van\\b(?:[^\\n]|\\n(?![ \\t]*\\n)){0,600}?"
              + "\\([ \\t]*(?i:ontvangen)[^)\\n]{0,40}\\)[^\\n]*$"
              + "|Antwoord(?:en)?[ \\t]+van\\b[^\\n]*$"
              + "|Antwoord(?:en)?[ \\t]*:?[ \\t]*$)");

  /** An answer's number or group of numbers opening a line, its text there or on the next. */
  private static final Pattern ANSWER_NUMBERS =
      Pattern.compile(
          "(?m)^[ \\t>*_]*(\\d{1,2}(?:[ \\t]*(?:,|en|t/m)[ \\t]*\\d{1,2}){0,12})[.)]?"
              + "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?=[\\p{Lu}«'\"])");

  @Override
  public Optional<QuestionBlocks.Found> recognise(QuestionText source, int from) {
    String text = source.text();
    List<NumberedQuestion> asked = source.numberedQuestions(from);
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < asked.size(); i++) {
      if (!new Region(asked.get(i).end(), asked.get(i + 1).lineStart()).trimmed(text).isEmpty()) {
        return Optional.empty();
      }
    }
    int last = asked.get(asked.size() - 1).end();
    Matcher section = ANSWER_SECTION.matcher(text).region(last, text.length());
    if (!section.find() || source.lettersOutsideNotes(last, section.start())) {
      return Optional.empty();
    }
    int end = source.bodyEnd(section.end());
    List<Block> answers = answers(text, section.end(), end, asked.size());
    if (answers.isEmpty()) {
      return Optional.empty();
    }
    List<Block> questions = asked.stream().map(q -> q.block(text)).toList();
    return Optional.of(
        new QuestionBlocks.Found(
            QuestionLayout.ANSWERS_AFTER_QUESTIONS, questions, answers, asked.get(0).lineStart()));
  }

  /**
   * The answers in {@code [from, end)}: groups whose first number is the next one unanswered, up to
   * the number of questions asked.
   */
  private static List<Block> answers(String text, int from, int end, int asked) {
    List<List<Integer>> numbers = new ArrayList<>();
    List<int[]> spans = new ArrayList<>(); // {lineStart, textStart}
    Matcher m = ANSWER_NUMBERS.matcher(text).region(from, end);
    int expected = 1;
    while (m.find() && expected <= asked) {
      List<Integer> group = QuestionLabels.numbers(m.group(1));
      if (group.get(0) != expected || !rising(group) || group.get(group.size() - 1) > asked) {
        continue;
      }
      numbers.add(group);
      spans.add(new int[] {m.start(), m.end()});
      expected = group.get(group.size() - 1) + 1;
    }
    List<Block> answers = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int stop = i + 1 < spans.size() ? spans.get(i + 1)[0] : end;
      answers.add(new Block(numbers.get(i), new Region(spans.get(i)[1], stop).trimmed(text)));
    }
    return answers;
  }

  private static boolean rising(List<Integer> numbers) {
    for (int i = 1; i < numbers.size(); i++) {
      if (numbers.get(i) != numbers.get(i - 1) + 1) {
        return false;
      }
    }
    return true;
  }
}
