package org.w3id.kamergraph.layout;

/** How a document lays out its questions and answers. */
public enum QuestionLayout {
  /** {@code Vraag N} … {@code Antwoord N} labels (the Aanhangsel since about 2010). */
  LABELLED,
  /**
   * Paragraphs numbered {@code 1}, {@code 2.} … that ask, each followed by its answer, labelled
   * {@code Antwoord:} or not (answer letters, renderings).
   */
  NUMBERED,
  /** Every question first, then an answer heading and every answer numbered again (older texts). */
  ANSWERS_AFTER_QUESTIONS,
  /** No numbered question found. */
  NONE
}
