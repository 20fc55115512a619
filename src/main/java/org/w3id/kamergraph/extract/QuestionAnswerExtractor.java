package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.AnswerBlock;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.QuestionBlock;

/**
 * Numbered questions and their answers. Two layouts are recognised:
 *
 * <ul>
 *   <li>labelled: {@code Vraag N} … {@code Antwoord N} (grouped numbers, sub-items such as {@code
 *       Antwoord 2l}, a bare {@code Antwoord} for the question just asked);
 *   <li>numbered: paragraphs starting {@code 1}, {@code 2.} … that ask something (contain a
 *       question mark), each followed by its answer — with or without an {@code Antwoord:} label
 *       (answer letters, Markdown renderings with italic answers).
 * </ul>
 *
 * Question numbers must rise; a label that breaks the sequence is text, not structure.
 */
public final class QuestionAnswerExtractor implements Extractor {
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

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    int from = Header.find(text).map(Header::askersEnd).orElse(0);
    List<QuestionLabels.Label> labels = accepted(QuestionLabels.find(text, from));
    if (labels.stream().anyMatch(QuestionLabels.Label::question)) {
      labelled(context, labels, sink);
    } else {
      numbered(context, from, sink);
    }
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

  private void labelled(
      ExtractionContext context, List<QuestionLabels.Label> labels, FactSink sink) {
    String text = context.text();
    Set<Integer> answered = new TreeSet<>();
    List<Integer> lastQuestion = List.of();
    int bodyEnd = bodyEnd(text, labels.get(labels.size() - 1).end());
    for (int i = 0; i < labels.size(); i++) {
      QuestionLabels.Label l = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1).start() : bodyEnd;
      int[] body = trim(text, l.end(), end);
      String content = collapse(text.substring(body[0], body[1]));
      if (l.question()) {
        sink.question(new QuestionBlock(l.numbers(), content, context.span(body[0], body[1])));
        lastQuestion = l.numbers();
        continue;
      }
      List<Integer> numbers = l.numbers().isEmpty() ? lastQuestion : l.numbers();
      List<Integer> fresh = numbers.stream().filter(n -> !answered.contains(n)).toList();
      if (!fresh.isEmpty() && !content.isEmpty()) {
        answered.addAll(fresh);
        sink.answer(new AnswerBlock(fresh, content, context.span(body[0], body[1])));
      }
    }
  }

  private void numbered(ExtractionContext context, int from, FactSink sink) {
    String text = context.text();
    List<int[]> starts = new ArrayList<>(); // {number, lineStart, textStart, paragraphEnd}
    Matcher m = NUMBERED.matcher(text).region(from, text.length());
    int expected = 1;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n != expected) {
        continue;
      }
      int paragraphEnd = questionEnd(text, m.end(), paragraphEnd(text, m.end()));
      if (paragraphEnd < 0) {
        continue;
      }
      starts.add(new int[] {n, m.start(), m.end(), paragraphEnd});
      expected++;
    }
    if (!starts.isEmpty() && answersFollowAllQuestions(context, starts, sink)) {
      return;
    }
    int bodyEnd =
        starts.isEmpty() ? text.length() : bodyEnd(text, starts.get(starts.size() - 1)[3]);
    for (int i = 0; i < starts.size(); i++) {
      int[] q = starts.get(i);
      int next = i + 1 < starts.size() ? starts.get(i + 1)[1] : Math.max(bodyEnd, q[3]);
      q[3] = Math.min(q[3], next);
      int[] qb = trim(text, q[2], q[3]);
      sink.question(
          new QuestionBlock(
              List.of(q[0]), collapse(text.substring(qb[0], qb[1])), context.span(qb[0], qb[1])));
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
      int[] ab = trim(text, answerStart, next);
      // unlabelled text made only of numbered lines is the footnotes after the last question of a
      // questions-only document, not an answer
      if (!labelled && onlyNumberedLines(text, ab[0], ab[1])) {
        continue;
      }
      String answer = collapse(text.substring(ab[0], ab[1]));
      if (answer.codePoints().filter(Character::isLetter).count() >= 2) {
        sink.answer(new AnswerBlock(numbers, answer, context.span(ab[0], ab[1])));
      }
    }
  }

  /**
   * Where a numbered paragraph's question ends: after the first line that ends by asking (footnote
   * markers aside), or -1 when no line does — then it is a footnote or a list item, not a question.
   */
  private static int questionEnd(String text, int from, int paragraphEnd) {
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

  private static boolean onlyNumberedLines(String text, int begin, int end) {
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
   * them; then reports questions and answers and returns true.
   */
  private boolean answersFollowAllQuestions(
      ExtractionContext context, List<int[]> starts, FactSink sink) {
    String text = context.text();
    for (int i = 0; i + 1 < starts.size(); i++) {
      int[] gap = trim(text, starts.get(i)[3], starts.get(i + 1)[1]);
      if (gap[1] > gap[0]) {
        return false;
      }
    }
    int last = starts.get(starts.size() - 1)[3];
    Matcher section = ANSWER_SECTION.matcher(text).region(last, text.length());
    if (!section.find()
        || text.substring(last, section.start()).codePoints().filter(Character::isLetter).count()
            > 0) {
      return false;
    }
    int end = bodyEnd(text, section.end());
    List<int[]> answers = new ArrayList<>(); // {number, textStart}
    Matcher m = NUMBERED.matcher(text).region(section.end(), end);
    int expected = 1;
    while (m.find() && expected <= starts.size()) {
      if (Integer.parseInt(m.group(1)) == expected) {
        answers.add(new int[] {expected, m.start(), m.end()});
        expected++;
      }
    }
    if (answers.isEmpty()) {
      return false;
    }
    for (int[] q : starts) {
      int[] qb = trim(text, q[2], q[3]);
      sink.question(
          new QuestionBlock(
              List.of(q[0]), collapse(text.substring(qb[0], qb[1])), context.span(qb[0], qb[1])));
    }
    for (int i = 0; i < answers.size(); i++) {
      int stop = i + 1 < answers.size() ? answers.get(i + 1)[1] : end;
      int[] ab = trim(text, answers.get(i)[2], stop);
      sink.answer(
          new AnswerBlock(
              List.of(answers.get(i)[0]),
              collapse(text.substring(ab[0], ab[1])),
              context.span(ab[0], ab[1])));
    }
    return true;
  }

  /**
   * Where the last question or answer ends: at the notes that follow it, or at the heading of a
   * Mededeling's notice — whatever comes first after {@code from}; else the end of the text.
   */
  private static int bodyEnd(String text, int from) {
    int end = text.length();
    for (FootnoteExtractor.Note n : FootnoteExtractor.find(text)) {
      if (n.start() >= from) {
        end = n.start();
        break;
      }
    }
    Matcher notice = NOTICE.matcher(text).region(from, end);
    return notice.find() ? notice.start() : end;
  }

  private static int paragraphEnd(String text, int from) {
    Matcher blank = BLANK_LINE.matcher(text).region(from, Math.min(text.length(), from + 4000));
    int end = blank.find() ? blank.start() : Math.min(text.length(), from + 4000);
    int label = text.indexOf("Antwoord", from);
    return label >= 0 && label < end && QuestionLabels.atLineStart(text, label) ? label : end;
  }

  private static int[] trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {begin, end};
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
