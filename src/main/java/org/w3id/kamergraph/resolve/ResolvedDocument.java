package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.List;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.Span;

/**
 * One document with everything in it resolved to entities with stable IRIs: what the RDF stage
 * writes as the document's named graph.
 *
 * @param source the document as ingested
 * @param iri the document's IRI, also its named graph's
 * @param kind questions only, answers, or a postponement notice
 * @param title what the questions are about, or {@code null}
 * @param submitted the date the questions were submitted, or {@code null}
 * @param answered the date of the answer or Mededeling, or {@code null}
 * @param zaakNummers zaak numbers as the text gives them
 * @param zaak the zaak the document itself belongs to (from its official metadata or id), or {@code
 *     null}
 * @param answerDocuments IRIs of the documents holding the answers to these questions, as the
 *     official metadata names them ({@code OVERHEIDop.aanhangsel})
 * @param entities every entity the document graph describes, each once
 * @param askedBy IRIs of the members who asked
 * @param addressedTo IRIs of the posts asked
 * @param answeredBy IRIs of the people who answered
 * @param cites IRIs of cited Kamerstukken
 * @param references IRIs of other official documents referred to
 * @param questions numbered questions, one per number
 * @param answers answers, one per question number answered
 * @param mentions every mention, with the entity it refers to
 */
public record ResolvedDocument(
    SourceDocument source,
    String iri,
    Kind kind,
    String title,
    LocalDate submitted,
    LocalDate answered,
    List<String> zaakNummers,
    Entity.Zaak zaak,
    List<String> answerDocuments,
    List<Entity> entities,
    List<String> askedBy,
    List<String> addressedTo,
    List<String> answeredBy,
    List<String> cites,
    List<String> references,
    List<Block> questions,
    List<Block> answers,
    List<Block> footnotes,
    List<Mention> mentions) {

  /** What kind of document it is. */
  public enum Kind {
    WRITTEN_QUESTIONS,
    ANSWERS,
    POSTPONEMENT
  }

  /**
   * A numbered question, answer or footnote.
   *
   * @param footnotes of a question or answer: the IRIs of the footnotes its markers refer to
   * @param links of a footnote: the web addresses it gives (absolute http(s) IRIs)
   */
  public record Block(
      String iri, int number, String text, Span span, List<String> footnotes, List<String> links) {
    public Block {
      footnotes = List.copyOf(footnotes);
      links = List.copyOf(links);
    }
  }

  /** A place in the text that names an entity. */
  public record Mention(String entityIri, Span span) {}

  public ResolvedDocument {
    zaakNummers = List.copyOf(zaakNummers);
    answerDocuments = List.copyOf(answerDocuments);
    entities = List.copyOf(entities);
    askedBy = List.copyOf(askedBy);
    addressedTo = List.copyOf(addressedTo);
    answeredBy = List.copyOf(answeredBy);
    cites = List.copyOf(cites);
    references = List.copyOf(references);
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    footnotes = List.copyOf(footnotes);
    mentions = List.copyOf(mentions);
  }
}
