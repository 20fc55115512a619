package org.w3id.kamergraph.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated document, before it is written in a layout: what it says, so a test can check that
 * the extractors find it again.
 *
 * @param id the document id (file name without extension)
 * @param kind written questions, an answer, or a postponement notice (Mededeling)
 * @param layout how it is written
 * @param zaak the zaak number ({@code 2024Z01234})
 * @param showsZaak whether the text names its zaak (an answer often does not)
 * @param submitted when the questions were submitted
 * @param received when the answer or notice was received; null for written questions
 * @param askers the members who asked
 * @param addressee the post asked ({@code Minister van Financiën})
 * @param answerer the post and name that answered ({@code Minister Bos (Financiën)}); null for
 *     written questions
 * @param subject what the questions are about
 * @param questions the questions
 * @param answers the answers, one per question; empty unless {@code kind} is an answer
 * @param notes footnotes
 */
record SyntheticDocument(
    String id,
    Kind kind,
    Layout layout,
    String zaak,
    boolean showsZaak,
    LocalDate submitted,
    LocalDate received,
    List<Asker> askers,
    String addressee,
    String answerer,
    String subject,
    List<String> questions,
    List<String> answers,
    List<String> notes) {

  enum Kind {
    QUESTIONS,
    ANSWER,
    POSTPONEMENT
  }

  enum Layout {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html"),
    XML("xml");

    final String extension;

    Layout(String extension) {
      this.extension = extension;
    }
  }

  /** A member as the document names them. */
  record Asker(String name, String party) {}

  /** The parliamentary year of a date ({@code 2023–2024}), starting in September. */
  static String vergaderjaar(LocalDate d) {
    int start = d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
    return start + "\u2013" + (start + 1);
  }
}
