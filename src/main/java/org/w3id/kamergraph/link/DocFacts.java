package org.w3id.kamergraph.link;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.jena.graph.Node;

/**
 * What linking knows of one document graph: a few dozen triples of it, read by {@link FactsReader}.
 *
 * @param iri the document, which is also its graph's name
 * @param zaak the zaak the document names itself (with an identifier), or null
 * @param nummer that zaak's identifier (e.g. {@code 2024Z01234}), or null
 * @param submitted the submission date ({@code dcterms:dateSubmitted}), or null
 * @param dates the dates a member named in it is seen on: the submission date, else the answer
 *     date(s); lexical forms
 * @param askers the members who asked, by IRI
 * @param questions its questions
 * @param answers its answers
 * @param members the members it names with a party, by IRI
 * @param parties every party it gives each member it names ({@code org:memberOf}), by IRI
 * @param posts every post it gives each person ({@code org:holds}: its answerers), by IRI
 */
record DocFacts(
    String iri,
    String zaak,
    String nummer,
    Node submitted,
    SortedSet<String> dates,
    SortedSet<String> askers,
    List<Block> questions,
    List<Block> answers,
    Map<String, MemberName> members,
    Map<String, SortedSet<String>> parties,
    Map<String, SortedSet<String>> posts) {

  /**
   * A numbered question or answer block. {@code answered}: a question answered in this document.
   */
  record Block(String iri, int number, boolean answered) {}

  /**
   * A member as a document names them: surname, given name (or null); parties in {@code parties}.
   */
  record MemberName(String family, String given) {}

  /** The submission date's lexical form, or null. */
  String submittedLexical() {
    return submitted == null ? null : submitted.getLiteralLexicalForm();
  }
}
