package org.w3id.kamergraph.layout;

/**
 * What kind of document a {@link DocumentLayout} describes, by the parts its recognisers found; the
 * first that applies. How its questions are laid out is {@link QuestionLayout}, its file format the
 * source's.
 */
public enum LayoutKind {
  /** A Mededeling: the answer is postponed (a notice line, or the heading {@code Mededeling}). */
  NOTICE,
  /**
   * A minister's letter with the answers: letter-head fields (Datum, Betreft, kenmerk) or a cover
   * letter that names who asked rather than whom.
   */
  ANSWER_LETTER,
  /**
   * Questions with their answers: the Aanhangsel in any of its renderings (an answer line, or
   * answers under or after the questions).
   */
  ANSWERED_QUESTIONS,
  /**
   * Questions only: a Kamervragen publication or a copy of one (a header or numbered questions, no
   * answer).
   */
  QUESTIONS,
  /** No header and no question that the recognisers know. */
  UNKNOWN;

  /** The kind of {@code layout}. */
  static LayoutKind of(DocumentLayout layout) {
    if (layout.notice().isPresent() || layout.answerLine().filter(AnswerLine::notice).isPresent()) {
      return NOTICE;
    }
    if (layout.letterHead().isPresent() || layout.isCoverLetter()) {
      return ANSWER_LETTER;
    }
    if (layout.answerLine().isPresent() || !layout.answers().isEmpty()) {
      return ANSWERED_QUESTIONS;
    }
    if (layout.header().isPresent() || !layout.questions().isEmpty()) {
      return QUESTIONS;
    }
    return UNKNOWN;
  }
}
