package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.Set;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.PortfolioEntry;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * Offices to posts. A department's post is in the ministry that carried the department's name on
 * the document's date ({@code org:postIn}), and is a post of that ministry only (see {@link
 * IriMinter#post(String, String)}); a minister without a department, and the Minister-President,
 * hold a post hosted by a ministry ({@code kg:hostMinistry}) — the text does not name that
 * ministry, so it is not counted as mentioned.
 */
final class PostResolver {
  private final Lexicon lexicon;
  private final IriMinter iris;

  PostResolver(Lexicon lexicon, IriMinter iris) {
    this.lexicon = lexicon;
    this.iris = iris;
  }

  /** The post's IRI; the post, and the ministry it is in, are added to {@code c}. */
  String resolve(Office o, LocalDate date, Collected c) {
    String ministry = null;
    String host = null;
    if (o.role() == Role.MINISTER_PRESIDENT) {
      host = lexicon.ministry("Algemene Zaken", date).orElse(null);
    } else if (o.department() != null) {
      ministry = lexicon.ministry(o.department(), date).orElse(null);
    } else {
      host = lexicon.portfolio(o.portfolio()).map(PortfolioEntry::hostMinistry).orElse(null);
    }
    // a department's post is one per ministry (and so per era); a hosted portfolio's is the
    // reference data's own post
    String iri = iris.post(o.label(), ministry);
    c.entity(
        new Entity.Post(
            iri, o.label(), ministry, o.department() == null ? o.portfolio() : null, host));
    if (ministry != null) {
      c.entity(new Entity.Named(ministry, EntityKind.MINISTRY, o.department(), Set.of()));
      c.mention(ministry, o.span());
    }
    return iri;
  }
}
