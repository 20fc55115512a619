package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered questions and their answers, in the three layouts of {@link QuestionLayout}: labelled
 * ({@code Vraag N} … {@code Antwoord N}, grouped numbers, sub-items such as {@code Antwoord 2l}, a
 * bare {@code Antwoord} for the question just asked); numbered paragraphs that ask, each followed
 * by its answer with or without an {@code Antwoord:} label; and every question first, then the
 * answers numbered again. Question numbers must rise; a label that breaks the sequence is text, not
 * structure.
 */
final class QuestionBlocks {
  /** What was found: the layout, the blocks, where the first question starts. */
  record Found(
      QuestionLayout layout, List<Block> questions, List<Block> answers, int questionsStart) {}

  /** A question number opening a line, its text on the same line or the next ("1." alone). */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?m)^[ \\t>*_]*(\\d{1,2})[.)]?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?=[\\p{Lu}«'\"])");

  private static final Pattern BLANK_LINE =
      Pattern.compile("\\n[ \\t*_]*\\n|\\n[ \\t]*\\d{1,2}[.)]?(?:[ \\t]+\\S|[ \\t]*\\n)");

  /**
   * The line after which older Aanhangsel texts give all answers, numbered again from 1: "Antwoord
   * van minister X (…) (Ontvangen …)", or a heading "Antwoord".
   */
  private static final Pattern ANSWER_SECTION =
      Pattern.compile(
          "(?m)^[ \\t]*(?:Antwoord(?:en)?[ \\t]+van\\b[^\\n]*|Antwoord(?:en)?[ \\t]*:?[ \\t]*)$");

  private static final Pattern NOTICE = Pattern.compile("(?m)^[ \\t]*Mededeling[ \\t]*$");

  /** The first heading {@code Mededeling} on a line of its own, if there is one. */
  static Optional<Region> noticeHeading(String text) {
    Matcher m = NOTICE.matcher(text);
    return m.find() ? Optional.of(new Region(m.start(), m.end())) : Optional.empty();
  }

  private final String text;
  private final List<Note> notes;
  private final List<Block> questions = new ArrayList<>();
  private final List<Block> answers = new ArrayList<>();

  private QuestionBlocks(String text, List<Note> notes) {
    this.text = text;
    this.notes = notes;
  }

  /** The questions and answers after {@code from} (the end of the header's askers, or 0). */
  static Found find(String text, int from, List<Note> notes) {
    return new QuestionBlocks(text, notes).find(from);
  }

  private Found find(int from) {
    List<QuestionLabels.Label> labels = accepted(QuestionLabels.find(text, from));
    if (labels.stream().anyMatch(QuestionLabels.Label::question)) {
      labelled(labels);
      int first =
          labels.stream().filter(QuestionLabels.Label::question).findFirst().orElseThrow().start();
      return found(QuestionLayout.LABELLED, first);
    }
    return numbered(from);
  }

  private Found found(QuestionLayout layout, int questionsStart) {
    return new Found(
        questions.isEmpty() ? QuestionLayout.NONE : layout,
        questions,
        answers,
        questions.isEmpty() ? text.length() : questionsStart);
  }

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

  private void labelled(List<QuestionLabels.Label> labels) {
    Set<Integer> answered = new TreeSet<>();
    List<Integer> lastQuestion = List.of();
    int bodyEnd = bodyEnd(labels.get(labels.size() - 1).end());
    for (int i = 0; i < labels.size(); i++) {
      QuestionLabels.Label l = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1).start() : bodyEnd;
      Region body = new Region(l.end(), end).trimmed(text);
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
  }

  private Found numbered(int from) {
    List<int[]> starts = new ArrayList<>(); // {number, lineStart, textStart, paragraphEnd}
    Matcher m = NUMBERED.matcher(text).region(from, text.length());
    int expected = 1;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n != expected) {
        continue;
      }
      int paragraphEnd = questionEnd(m.end(), paragraphEnd(m.end()));
      if (paragraphEnd < 0) {
        continue;
      }
      starts.add(new int[] {n, m.start(), m.end(), paragraphEnd});
      expected++;
    }
    if (starts.isEmpty()) {
      return found(QuestionLayout.NONE, text.length());
    }
    int firstLine = starts.get(0)[1];
    if (answersFollowAllQuestions(starts)) {
      return found(QuestionLayout.ANSWERS_AFTER_QUESTIONS, firstLine);
    }
    int bodyEnd = bodyEnd(starts.get(starts.size() - 1)[3]);
    for (int i = 0; i < starts.size(); i++) {
      int[] q = starts.get(i);
      int next = i + 1 < starts.size() ? starts.get(i + 1)[1] : Math.max(bodyEnd, q[3]);
      q[3] = Math.min(q[3], next);
      questions.add(new Block(List.of(q[0]), new Region(q[2], q[3]).trimmed(text)));
      List<QuestionLabels.Label> answerLabels = QuestionLabels.find(text, q[3], next);
      int answerStart = q[3];
      List<Integer> numbers = List.of(q[0]);
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
      if (!labelled && onlyNumberedLines(answer.begin(), answer.end())) {
        continue;
      }
      if (answer.of(text).codePoints().filter(Character::isLetter).limit(2).count() >= 2) {
        answers.add(new Block(numbers, answer));
      }
    }
    return found(QuestionLayout.NUMBERED, firstLine);
  }

  /**
   * Where a numbered paragraph's question ends: after the first line that ends by asking (footnote
   * markers aside), or -1 when no line does — then it is a footnote or a list item, not a question.
   */
  private int questionEnd(int from, int paragraphEnd) {
    int lineStart = from;
    while (lineStart < paragraphEnd) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 || nl > paragraphEnd ? paragraphEnd : nl;
      String line = TrailingMarkers.strip(text.substring(lineStart, lineEnd));
      if (line.endsWith("?")) {
        return lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }

  private boolean onlyNumberedLines(int begin, int end) {
    int lineStart = begin;
    while (lineStart < end) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 || nl > end ? end : nl;
      if (!text.substring(lineStart, lineEnd).isBlank()
          && !NUMBERED.matcher(text).region(lineStart, lineEnd).lookingAt()) {
        return false;
      }
      lineStart = lineEnd + 1;
    }
    return true;
  }

  /**
   * The older layout: every question first, then the answer line, then every answer numbered again
   * from 1. Applies only when nothing stands between the questions and an answer section follows
   * them; then records questions and answers and returns true.
   */
  private boolean answersFollowAllQuestions(List<int[]> starts) {
    for (int i = 0; i + 1 < starts.size(); i++) {
      if (!new Region(starts.get(i)[3], starts.get(i + 1)[1]).trimmed(text).isEmpty()) {
        return false;
      }
    }
    int last = starts.get(starts.size() - 1)[3];
    Matcher section = ANSWER_SECTION.matcher(text).region(last, text.length());
    if (!section.find()
        || text.substring(last, section.start()).codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    int end = bodyEnd(section.end());
    List<int[]> found = new ArrayList<>(); // {number, lineStart, textStart}
    Matcher m = NUMBERED.matcher(text).region(section.end(), end);
    int expected = 1;
    while (m.find() && expected <= starts.size()) {
      if (Integer.parseInt(m.group(1)) == expected) {
        found.add(new int[] {expected, m.start(), m.end()});
        expected++;
      }
    }
    if (found.isEmpty()) {
      return false;
    }
    for (int[] q : starts) {
      questions.add(new Block(List.of(q[0]), new Region(q[2], q[3]).trimmed(text)));
    }
    for (int i = 0; i < found.size(); i++) {
      int stop = i + 1 < found.size() ? found.get(i + 1)[1] : end;
      answers.add(
          new Block(List.of(found.get(i)[0]), new Region(found.get(i)[2], stop).trimmed(text)));
    }
    return true;
  }

  /**
   * Where the last question or answer ends: at the notes that follow it, or at the heading of a
   * Mededeling's notice — whatever comes first after {@code from}; else the end of the text.
   */
  private int bodyEnd(int from) {
    int end = text.length();
    for (Note n : notes) {
      if (n.start() >= from) {
        end = n.start();
        break;
      }
    }
    Matcher notice = NOTICE.matcher(text).region(from, end);
    return notice.find() ? notice.start() : end;
  }

  private int paragraphEnd(int from) {
    Matcher blank = BLANK_LINE.matcher(text).region(from, Math.min(text.length(), from + 4000));
    int end = blank.find() ? blank.start() : Math.min(text.length(), from + 4000);
    int label = text.indexOf("Antwoord", from);
    return label >= 0 && label < end && QuestionLabels.atLineStart(text, label) ? label : end;
  }
}
