package org.w3id.kamergraph.extract;

import org.w3id.kamergraph.model.FactSink;

/**
 * The members who asked, from the header ("Vragen van de leden Aartsen en Rajkowski (VVD) aan …",
 * or in a cover letter "…vragen die zijn gesteld door de leden …"). Members named elsewhere — in a
 * Mededeling's body, a toelichting — are not askers.
 */
public final class AskerExtractor implements Extractor {
  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    context
        .layout()
        .header()
        .ifPresent(
            h ->
                MemberList.parse(context, h.askersBegin(), h.askersEnd(), false)
                    .forEach(sink::asker));
  }

  /** A name starts with a capital or a tussenvoegsel and has no more than six words. */
  static boolean looksLikeName(String s) {
    return MemberList.looksLikeName(s);
  }
}
