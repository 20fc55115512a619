package org.w3id.kamergraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.StructureMark;
import org.w3id.kamergraph.model.StructureMark.Kind;

/**
 * The layout of a document whose source marks its parts (the official XML's {@code vraag}, {@code
 * antwoord}, {@code nr}, {@code noot}, {@code ondertekening}), taken from the marks instead of
 * found again in the rendered text: an answer ends where its element ends (the signature after the
 * last one is not part of it), footnote markers are known, and the answer line needs no {@code
 * (ontvangen …)} to be one. The header sentence is still read from the text, where it is whole.
 */
final class MarkedLayout {
  private static final Pattern ANSWER_HEADER =
      Pattern.compile("(Antwoord|Mededeling)\\s++van\\s++");
  private static final Pattern RECEIVED = Pattern.compile("\\(\\s*+(?i:ontvangen)\\s");

  private final String text;
  private final NormalisedText normalised;
  private final List<StructureMark> marks;

  private MarkedLayout(SourceDocument document) {
    this.normalised = document.normalised();
    this.text = normalised.text();
    this.marks = document.structure();
  }

  /** The layout from the document's marks; empty when they mark no question. */
  static Optional<DocumentLayout> of(SourceDocument document) {
    return new MarkedLayout(document).layout();
  }

  private Optional<DocumentLayout> layout() {
    List<Region> questionRegions = regions(Kind.QUESTION);
    if (questionRegions.isEmpty()) {
      return Optional.empty();
    }
    List<Region> labels = regions(Kind.LABEL);
    List<Region> markers = regions(Kind.FOOTNOTE_MARKER);
    List<Block> questions = new ArrayList<>();
    List<Integer> lastNumbers = List.of();
    boolean labelled = false;
    for (Region q : questionRegions) {
      Optional<Region> label = inside(labels, q).stream().findFirst();
      labelled |= label.isPresent();
      List<Integer> numbers = label.map(l -> QuestionLabels.numbers(l.of(text))).orElse(List.of());
      if (numbers.isEmpty()) {
        int next = lastNumbers.isEmpty() ? 1 : lastNumbers.get(lastNumbers.size() - 1) + 1;
        numbers = List.of(next);
      }
      questions.add(block(numbers, q, label, markers));
      lastNumbers = numbers;
    }
    List<Block> answers = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    for (Region a : regions(Kind.ANSWER)) {
      Optional<Region> label = inside(labels, a).stream().findFirst();
      List<Integer> numbers = label.map(l -> QuestionLabels.numbers(l.of(text))).orElse(List.of());
      if (numbers.isEmpty()) {
        numbers = precedingQuestion(questions, questionRegions, a);
      }
      List<Integer> fresh = numbers.stream().filter(n -> !answered.contains(n)).toList();
      Block b = block(fresh, a, label, markers);
      if (!fresh.isEmpty() && !b.body().isEmpty()) {
        answered.addAll(fresh);
        answers.add(b);
      }
    }
    List<Note> notes = new ArrayList<>();
    for (StructureMark m : marks) {
      if (m.kind() == Kind.FOOTNOTE && m.number().matches("\\d{1,3}")) {
        Region r = region(m);
        notes.add(new Note(Integer.parseInt(m.number()), r.begin(), r));
      }
    }
    return Optional.of(
        new DocumentLayout(
            Header.find(text),
            answerLine().or(() -> AnswerLines.find(text)),
            AnswerLines.opening(text),
            labelled ? QuestionLayout.LABELLED : QuestionLayout.NUMBERED,
            questions,
            answers,
            questionRegions.get(0).begin(),
            QuestionText.noticeHeading(text),
            notes,
            Signatures.find(text),
            LetterHeads.find(text, questionRegions.get(0).begin())));
  }

  /** The answer header's persons: after "Antwoord van", up to "(ontvangen" or the end. */
  private Optional<AnswerLine> answerLine() {
    for (Region r : regions(Kind.ANSWER_HEADER)) {
      Matcher m = ANSWER_HEADER.matcher(text).region(r.begin(), r.end());
      if (!m.lookingAt()) {
        continue;
      }
      Matcher received = RECEIVED.matcher(text).region(m.end(), r.end());
      int end = received.find() ? received.start() : r.end();
      while (end > m.end()
          && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
        end--;
      }
      if (end > m.end()) {
        return Optional.of(
            new AnswerLine(
                m.group(1).equals("Mededeling"),
                new Region(m.start(1), m.end(1)),
                new Region(m.end(), end)));
      }
    }
    return Optional.empty();
  }

  private List<Integer> precedingQuestion(
      List<Block> questions, List<Region> questionRegions, Region answer) {
    List<Integer> numbers = List.of();
    for (int i = 0; i < questionRegions.size(); i++) {
      if (questionRegions.get(i).begin() < answer.begin()) {
        numbers = questions.get(i).numbers();
      }
    }
    return numbers;
  }

  private Block block(
      List<Integer> numbers, Region element, Optional<Region> label, List<Region> markers) {
    int begin = label.map(Region::end).orElse(element.begin());
    Region body = new Region(Math.min(begin, element.end()), element.end()).trimmed(text);
    return new Block(numbers, body, inside(markers, body), List.of());
  }

  private static List<Region> inside(List<Region> regions, Region outer) {
    return regions.stream()
        .filter(r -> r.begin() >= outer.begin() && r.end() <= outer.end())
        .toList();
  }

  private List<Region> regions(Kind kind) {
    return marks.stream().filter(m -> m.kind() == kind).map(this::region).toList();
  }

  private Region region(StructureMark m) {
    int b = normalised.fromSource(m.begin());
    int e = Math.max(b, normalised.fromSource(m.end()));
    return new Region(b, e);
  }
}
