package org.w3id.kamergraph.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where a document's parts stand in its normalised text, worked out once by {@link Layouts}.
 *
 * @param header the header sentence's parts, when there is one
 * @param answerLine the answer (or Mededeling) line, when there is one
 * @param answerOpening where {@code Antwoord van} or {@code Mededeling van} first stands, with or
 *     without the date that makes it an {@link AnswerLine}
 * @param questionLayout how questions and answers are laid out
 * @param questions the questions in order, their numbers rising
 * @param answers the answers in order; each number answered once
 * @param questionsStart where the first question's line starts; the text's length when there is no
 *     question
 * @param notice the heading {@code Mededeling} on a line of its own, when there is one
 * @param footnotes the footnotes in order
 * @param signatures the signature blocks in order (a cover letter's, the closing one of a letter)
 * @param letterHead the fields of the letter paper before the first question (all empty when the
 *     document is not a letter)
 */
public record DocumentLayout(
    Optional<Header> header,
    Optional<AnswerLine> answerLine,
    Optional<Region> answerOpening,
    QuestionLayout questionLayout,
    List<Block> questions,
    List<Block> answers,
    int questionsStart,
    Optional<Region> notice,
    List<Note> footnotes,
    List<Signature> signatures,
    LetterHead letterHead) {
  public DocumentLayout {
    signatures = List.copyOf(signatures);
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    footnotes = List.copyOf(footnotes);
  }

  /** What kind of document this is, by the parts found ({@link LayoutKind}). */
  public LayoutKind kind() {
    return LayoutKind.of(this);
  }

  /**
   * An answer's cover letter: a header that names the askers but no addressees ("…vragen die zijn
   * gesteld door de leden …").
   */
  public boolean isCoverLetter() {
    return header.filter(h -> !h.hasAddressees()).isPresent();
  }
}
