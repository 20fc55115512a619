package org.w3id.kamergraph.model;

/**
 * A part of a document that its source marks as such (the official XML's elements), as a stretch of
 * the text as read. Readers of formats without such structure give none.
 *
 * @param kind what the part is
 * @param begin its first character in the text as read
 * @param end one past its last character
 * @param number the number the source gives it (a footnote's, a marker's), or empty
 */
public record StructureMark(Kind kind, int begin, int end, String number) {
  /** The parts a source can mark. */
  public enum Kind {
    /**
     * The sentence naming who asked whom about what ({@code kamervraagomschrijving type=vraag}).
     */
    QUESTION_HEADER,
    /**
     * The sentence naming who answered or postponed ({@code type=antwoord}, {@code mededeling}).
     */
    ANSWER_HEADER,
    /** A question ({@code vraag}), its label included. */
    QUESTION,
    /** An answer ({@code antwoord}), its label included. */
    ANSWER,
    /** The label of a question or answer ({@code nr}: "Vraag 2", "Antwoord 2 en 3"). */
    LABEL,
    /** The signature ({@code ondertekening}). */
    SIGNATURE,
    /** A footnote's text, where the text as read gives it (after the body). */
    FOOTNOTE,
    /** Where a footnote's marker stands in the text. */
    FOOTNOTE_MARKER
  }

  public StructureMark {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(number, "number");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(kind + ": not a stretch: [" + begin + ", " + end + ")");
    }
  }
}
