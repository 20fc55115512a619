package org.w3id.kamergraph.model;

/**
 * Receives what extractors find in one document. Extractors push facts as they find them; the sink
 * decides what to keep (duplicates are removed later, when facts are resolved).
 *
 * <p>Implementations need not be thread-safe: one document is extracted on one thread.
 */
public interface FactSink {
  void zaak(ZaakReference zaak);

  /** What the questions are about. */
  void title(Title title);

  void submitted(DateFact date);

  void answered(DateFact date);

  void asker(Asker asker);

  /** A member named (with a party) in the text without being one of the askers. */
  void member(Asker member);

  void addressee(Office office);

  void answerer(Answerer answerer);

  void citation(KamerstukCitation citation);

  /** A reference to an official document that is not a Kamerstuk. */
  void reference(DocumentReference reference);

  void question(QuestionBlock question);

  void answer(AnswerBlock answer);

  void footnote(Footnote footnote);

  void mention(NamedMention mention);

  /** The document is a Mededeling: a notice that the answer is postponed, not an answer. */
  void mededeling(Span span);

  /**
   * Something in the text that looked like a fact but is not used (a date in the year 2999), for
   * the user: the message says where in the document (the caller names the file).
   */
  void warning(String message);
}
