package org.w3id.kamergraph.export;

import java.time.LocalDate;
import java.util.Map;

/**
 * A document with the members who asked it, as its own graph gives them.
 *
 * @param iri the document (also its graph's name)
 * @param date its smallest {@code dcterms:dateSubmitted}, or null
 * @param askers by IRI, in IRI order
 */
record AskedDocument(String iri, LocalDate date, Map<String, Asker> askers) {
  AskedDocument {
    askers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(askers));
  }

  /**
   * A member who asked the document: name and party as the document gives them.
   *
   * @param iri the member
   * @param name {@code foaf:name}, else {@code foaf:familyName} (the smallest), or null
   * @param party the notation of the party the document makes them a member of ({@code
   *     org:memberOf}; of the smallest party IRI if several), from the document or else the
   *     parties' reference graph; or null
   */
  record Asker(String iri, String name, String party) {}
}
