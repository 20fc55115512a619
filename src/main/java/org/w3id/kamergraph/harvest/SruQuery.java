package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The SRU searchRetrieve request for Kamervragen: the documented CQL {@code
 * c.product-area==officielepublicaties AND w.publicatienaam==Kamervragen}, narrowed by dates on a
 * date index, sent to the {@code officielepublicaties} connection as SRU 1.2.
 *
 * @param endpoint the SRU endpoint
 * @param from first date (inclusive), or {@code null}
 * @param to last date (inclusive), or {@code null}
 * @param dateIndex the CQL index the dates filter on
 */
record SruQuery(URI endpoint, LocalDate from, LocalDate to, String dateIndex) {
  SruQuery {
    if (!dateIndex.matches("[a-zA-Z]+\\.[a-zA-Z-]+")) {
      throw new IllegalArgumentException("not a CQL index like dt.modified: " + dateIndex);
    }
  }

  /** The CQL query. */
  String cql() {
    StringBuilder q =
        new StringBuilder("c.product-area==officielepublicaties AND w.publicatienaam==Kamervragen");
    if (from != null) {
      q.append(" AND ").append(dateIndex).append(">=").append(from);
    }
    if (to != null) {
      q.append(" AND ").append(dateIndex).append("<=").append(to);
    }
    return q.toString();
  }

  /** The URL of the page starting at record {@code start} (1-based). */
  URI page(int start, int size) {
    String sep = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(
        endpoint
            + sep
            + "version=1.2&operation=searchRetrieve&x-connection=officielepublicaties"
            + "&query="
            + URLEncoder.encode(cql(), StandardCharsets.UTF_8).replace("+", "%20")
            + "&startRecord="
            + start
            + "&maximumRecords="
            + size);
  }
}
