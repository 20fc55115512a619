package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Aanhangsel since about 2010 and its renderings (HTML, Markdown, copies): {@code Vraag N} …
 * {@code Antwoord N} labels, grouped numbers ({@code Vraag 2 en 3}), sub-items ({@code Antwoord
 * 2l}), a bare {@code Antwoord} for the question just asked. Question numbers must rise; a label
 * that breaks the sequence is text, not structure. Each number is answered once.
 */
final class LabelledQuestions implements QuestionRecogniser {
  @Override
  public Optional<QuestionBlocks.Found> recognise(QuestionText source, int from) {
    String text = source.text();
    List<QuestionLabels.Label> labels = accepted(QuestionLabels.find(text, from));
    if (labels.stream().noneMatch(QuestionLabels.Label::question)) {
      return Optional.empty();
    }
    List<Block> questions = new ArrayList<>();
    List<Block> answers = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    List<Integer> lastQuestion = List.of();
    int bodyEnd = source.bodyEnd(labels.get(labels.size() - 1).end());
    for (int i = 0; i < labels.size(); i++) {
      QuestionLabels.Label l = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1).start() : bodyEnd;
      Region body = new Region(l.end(), end).trimmed(text);
      if (i + 1 == labels.size() && !source.saysSomething(body)) {
        // a last label at the foot of a PDF page: the page's footnotes follow it, its text starts
        // after them, on the next page
        int after = source.afterNotes(end);
        if (after > end) {
          body = new Region(after, source.bodyEnd(after)).trimmed(text);
        }
      }
      if (l.question()) {
        questions.add(new Block(l.numbers(), body));
        lastQuestion = l.numbers();
        continue;
      }
      List<Integer> numbers = l.numbers().isEmpty() ? lastQuestion : l.numbers();
      List<Integer> fresh = numbers.stream().filter(n -> !answered.contains(n)).toList();
      if (!fresh.isEmpty() && !body.isEmpty()) {
        answered.addAll(fresh);
        answers.add(new Block(fresh, body));
      }
    }
    int first =
        labels.stream().filter(QuestionLabels.Label::question).findFirst().orElseThrow().start();
    return Optional.of(
        new QuestionBlocks.Found(QuestionLayout.LABELLED, questions, answers, first));
  }

  /** The labels in order, without question labels whose first number does not rise. */
  private static List<QuestionLabels.Label> accepted(List<QuestionLabels.Label> all) {
    List<QuestionLabels.Label> out = new ArrayList<>();
    int last = 0;
    for (QuestionLabels.Label l : all) {
      if (l.question()) {
        if (l.numbers().get(0) <= last) {
          continue;
        }
        last = l.numbers().get(l.numbers().size() - 1);
      }
      out.add(l);
    }
    return out;
  }
}
