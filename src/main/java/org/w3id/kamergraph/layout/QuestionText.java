package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's normalised text as the {@link QuestionRecogniser}s see it: with its footnotes and
 * whether an answer line opens somewhere in it, and the measures every layout shares — where a
 * numbered question ends, where the body of questions and answers ends. One instance serves one
 * text's recognisers on one thread.
 */
final class QuestionText {
  /** A question number opening a line, its text on the same line or the next ("1." alone). */
  static final Pattern NUMBERED =
      Pattern.compile(
          "(?m)^[ \\t>*_]*(\\d{1,2})[.)]?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?=[\\p{Lu}«'\"])");

  private static final Pattern BLANK_LINE =
      Pattern.compile("\\n[ \\t*_]*\\n|\\n[ \\t]*\\d{1,2}[.)]?(?:[ \\t]+\\S|[ \\t]*\\n)");

  private static final Pattern NOTICE = Pattern.compile("(?m)^[ \\t]*Mededeling[ \\t]*$");

  /** How far a question's paragraph may run before it is cut (hostile input stays linear). */
  private static final int MAX_PARAGRAPH = 4000;

  private final String text;
  private final List<Note> notes;
  private final boolean answerOpens;
  private final int closing;
  private List<NumberedQuestion> numbered = List.of();
  private int numberedFrom = -1;

  /**
   * @param text the normalised text
   * @param notes its footnotes, in order
   * @param answerOpens whether {@code Antwoord van} or {@code Mededeling van} stands in it
   * @param closing where the closing signature starts (no answer runs into it), or the length
   */
  QuestionText(String text, List<Note> notes, boolean answerOpens, int closing) {
    this.text = text;
    this.notes = List.copyOf(notes);
    this.answerOpens = answerOpens;
    this.closing = closing;
  }

  /** The first heading {@code Mededeling} on a line of its own, if there is one. */
  static Optional<Region> noticeHeading(String text) {
    Matcher m = NOTICE.matcher(text);
    return m.find() ? Optional.of(new Region(m.start(), m.end())) : Optional.empty();
  }

  String text() {
    return text;
  }

  /** Whether an answer line ({@code Antwoord van …}) opens somewhere: the document answers. */
  boolean answerOpens() {
    return answerOpens;
  }

  /**
   * The numbered paragraphs after {@code from} that ask, numbered 1, 2, 3 … in order; a number that
   * breaks the sequence, or a paragraph that asks nothing (a footnote, a list item), is text.
   */
  List<NumberedQuestion> numberedQuestions(int from) {
    // two recognisers ask for the same scan; the text is read once
    if (from != numberedFrom) {
      numbered = scanNumbered(from);
      numberedFrom = from;
    }
    return numbered;
  }

  private List<NumberedQuestion> scanNumbered(int from) {
    List<NumberedQuestion> found = new ArrayList<>();
    Matcher m = NUMBERED.matcher(text).region(from, text.length());
    int expected = 1;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n != expected) {
        continue;
      }
      int end = questionEnd(m.end(), paragraphEnd(m.end()));
      if (end < 0) {
        continue;
      }
      found.add(new NumberedQuestion(n, m.start(), m.end(), end));
      expected++;
    }
    return List.copyOf(found);
  }

  /**
   * Where a numbered paragraph's question ends: after the first line that ends by asking (footnote
   * markers aside), or -1 when no line does.
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

  private int paragraphEnd(int from) {
    int limit = Math.min(text.length(), from + MAX_PARAGRAPH);
    Matcher blank = BLANK_LINE.matcher(text).region(from, limit);
    int end = blank.find() ? blank.start() : limit;
    int label = text.indexOf("Antwoord", from);
    return label >= 0 && label < end && QuestionLabels.atLineStart(text, label) ? label : end;
  }

  /** Whether {@code [begin, end)} holds only blank lines and lines that start with a number. */
  boolean onlyNumberedLines(int begin, int end) {
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

  /** Whether {@code [begin, end)} holds a letter outside the footnotes printed there. */
  boolean lettersOutsideNotes(int begin, int end) {
    int at = begin;
    for (Note n : notes) {
      int noteEnd = n.text().end();
      if (noteEnd <= at || n.start() >= end) {
        continue;
      }
      if (hasLetter(at, Math.min(n.start(), end))) {
        return true;
      }
      at = Math.max(at, noteEnd);
    }
    return at < end && hasLetter(at, end);
  }

  private boolean hasLetter(int begin, int end) {
    return begin < end && text.substring(begin, end).codePoints().anyMatch(Character::isLetter);
  }

  /** Whether {@code region} holds at least two letters: enough to be an answer. */
  boolean saysSomething(Region region) {
    return region.of(text).codePoints().filter(Character::isLetter).limit(2).count() >= 2;
  }

  /**
   * Where the footnotes printed from {@code at} end (the run of notes that starts there, with only
   * blank space between them and before the first); {@code at} when no note starts there.
   */
  int afterNotes(int at) {
    int end = at;
    for (Note n : notes) {
      if (n.text().end() <= end) {
        continue;
      }
      if (n.start() < end || hasNonBlank(end, n.start())) {
        break;
      }
      end = n.text().end();
    }
    return end;
  }

  private boolean hasNonBlank(int begin, int end) {
    return begin < end && !text.substring(begin, end).isBlank();
  }

  /**
   * Where the last question or answer ends: at the notes that follow it, the heading of a
   * Mededeling's notice or the closing signature — whatever comes first after {@code from}; else
   * the end of the text.
   */
  int bodyEnd(int from) {
    int end = closing >= from ? closing : text.length();
    for (Note n : notes) {
      if (n.start() >= from) {
        end = Math.min(end, n.start());
        break;
      }
    }
    Matcher notice = NOTICE.matcher(text).region(from, end);
    return notice.find() ? notice.start() : end;
  }
}
