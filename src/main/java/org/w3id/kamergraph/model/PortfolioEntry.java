package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * The portfolio of a minister without a department of their own ("Minister voor Klimaat en
 * Energie"): a post, hosted by a ministry, not a ministry.
 *
 * @param post the post's IRI
 * @param portfolio the portfolio's name: {@code Klimaat en Energie}
 * @param hostMinistry the IRI of the ministry that hosts the post, or {@code null}
 */
public record PortfolioEntry(String post, String portfolio, String hostMinistry) {
  public PortfolioEntry {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(portfolio, "portfolio");
  }
}
