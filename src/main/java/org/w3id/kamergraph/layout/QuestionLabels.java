package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the labels that open questions and answers: {@code Vraag 1}, {@code Vraag 2 en 3}, {@code
 * Vraag 8, 9, 10 en 11}, {@code Antwoord 2l}, {@code Antwoord vraag 4 en 5:}, {@code Antwoord op
 * vragen 4 en 5}, a bare {@code Antwoord}. A label counts only where a label can stand: at the
 * start of a line, or — in text whose line breaks were lost — right after the end of a sentence or
 * a footnote number, followed by the capitalised start of the text. "zie antwoord 3" in running
 * text is not a label.
 */
final class QuestionLabels {
  /** A label found in the text. */
  record Label(boolean question, List<Integer> numbers, int start, int end) {}

  private static final Pattern LABEL =
      Pattern.compile(
          "\\b(Vraag|Antwoord)(?:[ \\t]+(?:op[ \\t]+)?(?:de[ \\t]+)?vra(?:ag|gen))?"
              + "((?:[ \\t]*\\d{1,3}[a-z]?(?:[ \\t]*(?:,|en|t/m|tot en met)[ \\t]*\\d{1,3}[a-z]?){0,12}))?"
              // a Markdown rendering closes the label's emphasis after it: "*Antwoord:*"
              + "[ \\t]*:?(?:[*_]{1,3}(?=[ \\t\\n]|$))?");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

  private QuestionLabels() {}

  static List<Label> find(String text, int from) {
    return find(text, from, text.length());
  }

  /** The labels in {@code [from, to)}; what follows {@code to} is not looked at. */
  static List<Label> find(String text, int from, int to) {
    List<Label> labels = new ArrayList<>();
    Matcher m = LABEL.matcher(text).region(from, to);
    while (m.find()) {
      List<Integer> numbers = numbers(m.group(2));
      boolean lineStart = atLineStart(text, m.start());
      boolean followedByEnd = followedByLineEnd(text, m.end(), to);
      if (numbers.isEmpty()) {
        // a bare "Antwoord" only as a line of its own (or "Antwoord:")
        if (m.group(1).equals("Antwoord") && lineStart && followedByEnd) {
          labels.add(new Label(false, numbers, m.start(), m.end()));
        }
        continue;
      }
      if (lineStart || (afterSentence(text, m.start()) && followedByCapital(text, m.end(), to))) {
        labels.add(new Label(m.group(1).equals("Vraag"), numbers, m.start(), m.end()));
      }
    }
    return labels;
  }

  /** The question numbers a label's text names ("Vraag 2 en 3", "Antwoord 4 t/m 6"). */
  static List<Integer> numbers(String group) {
    List<Integer> out = new ArrayList<>();
    if (group == null) {
      return out;
    }
    Matcher n = NUMBER.matcher(group);
    while (n.find()) {
      out.add(Integer.parseInt(n.group()));
    }
    if (out.size() == 2 && (group.contains("t/m") || group.contains("tot en met"))) {
      int a = out.get(0);
      int b = out.get(1);
      out.clear();
      for (int i = a; i <= b && i - a < 50; i++) {
        out.add(i);
      }
    }
    return out;
  }

  static boolean atLineStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '#' && c != '*' && c != '>' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean afterSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    return ".?!:;»”\")".indexOf(c) >= 0 || Character.isDigit(c);
  }

  private static boolean followedByCapital(String text, int at, int to) {
    int i = at;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < to
        && (Character.isUpperCase(text.charAt(i)) || "«\"'(".indexOf(text.charAt(i)) >= 0);
  }

  /** Whether the label ending at {@code at} ends with a colon, emphasis markers after it aside. */
  private static boolean endsWithColon(String text, int at) {
    int i = at - 1;
    while (i > 0 && (text.charAt(i) == '*' || text.charAt(i) == '_')) {
      i--;
    }
    return text.charAt(i) == ':';
  }

  private static boolean followedByLineEnd(String text, int at, int to) {
    for (int i = at; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return endsWithColon(text, at);
      }
    }
    return true;
  }
}
