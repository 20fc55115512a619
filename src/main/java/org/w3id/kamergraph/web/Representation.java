package org.w3id.kamergraph.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms an entity is served in: HTML for people, Turtle, JSON-LD and N-Triples for programs,
 * chosen by a path suffix ({@code .ttl}, {@code .jsonld}, {@code .nt}) or else by the request's
 * {@code Accept} header (HTML when it accepts anything).
 */
enum Representation {
  HTML("text/html", null, null),
  TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_PRETTY),
  JSON_LD("application/ld+json", ".jsonld", RDFFormat.JSONLD11),
  N_TRIPLES("application/n-triples", ".nt", RDFFormat.NTRIPLES);

  private static final AcceptList OFFERS =
      AcceptList.create(
          Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

  private final String mediaType;
  private final String suffix;
  private final RDFFormat format;

  Representation(String mediaType, String suffix, RDFFormat format) {
    this.mediaType = mediaType;
    this.suffix = suffix;
    this.format = format;
  }

  String mediaType() {
    return mediaType;
  }

  /** The path suffix that asks for this form, or null (HTML has none). */
  String suffix() {
    return suffix;
  }

  /** The RDF format written, or null for HTML. */
  RDFFormat format() {
    return format;
  }

  /** The form a path suffix asks for, if the path ends in one. */
  static Optional<Representation> bySuffix(String path) {
    return Arrays.stream(values())
        .filter(r -> r.suffix != null && path.endsWith(r.suffix))
        .findFirst();
  }

  /**
   * The form the {@code Accept} header prefers among ours: HTML for none, for {@code *}{@code /*}
   * and for browsers; empty when it accepts none of them (the answer is then 406).
   */
  static Optional<Representation> byAccept(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(HTML);
    }
    MediaType m;
    try {
      m = AcceptList.match(new AcceptList(accept), OFFERS);
    } catch (RuntimeException e) {
      return Optional.of(HTML); // an unreadable header is treated as none
    }
    if (m == null) {
      return Optional.empty();
    }
    String type = m.getContentTypeStr();
    return Arrays.stream(values()).filter(r -> r.mediaType.equals(type)).findFirst();
  }
}
