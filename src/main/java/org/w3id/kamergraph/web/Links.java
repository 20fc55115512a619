package org.w3id.kamergraph.web;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.Prefixes;

/**
 * Where an IRI is shown: a data IRI of ours ({@code https://w3id.org/kamergraph/id/…}) at the
 * matching local path ({@code /id/…}), any other at itself; and the IRI a local path stands for.
 */
final class Links {
  /** The graph of the build's tallies. */
  static final String STATISTICS = KG.ID + "graph/statistiek";

  /** The local path prefix of the data namespace. */
  static final String ID_PATH = "/id/";

  private static final org.apache.jena.riot.system.PrefixMap PREFIXES = Prefixes.standard();

  private Links() {}

  /** The href for {@code iri}: local for our data IRIs, the IRI itself otherwise. */
  static String href(String iri) {
    return iri.startsWith(KG.ID) ? ID_PATH + iri.substring(KG.ID.length()) : iri;
  }

  /** Whether {@code iri} is one of ours, shown on this server. */
  static boolean local(String iri) {
    return iri.startsWith(KG.ID);
  }

  /**
   * The data IRI a request path below {@code /id/} stands for ({@code partij/vvd} → {@code
   * https://w3id.org/kamergraph/id/partij/vvd}), as it is written (percent-encoding kept); empty
   * when it would not be a valid IRI.
   */
  static Optional<String> iriOf(String rawPathBelowId) {
    if (rawPathBelowId.isEmpty() || rawPathBelowId.contains("..")) {
      return Optional.empty();
    }
    String iri = KG.ID + rawPathBelowId;
    try {
      IRIs.checkEx(iri);
      return Optional.of(iri);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code kg:askedBy} for a known namespace, else the whole IRI. */
  static String shortName(Node n) {
    if (!n.isURI()) {
      return n.toString();
    }
    String s = PREFIXES.abbreviate(n.getURI());
    return s == null ? n.getURI() : s;
  }
}
