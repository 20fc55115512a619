package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Searches SRU for Kamervragen and returns the ids of the documents to harvest, page by page with
 * {@code startRecord}/{@code maximumRecords}, following {@code nextRecordPosition} when the server
 * gives it. Ids other than {@code kv-tk-…} and {@code ah-tk-…} (such as unformatted {@code ah-…}
 * items) are left out.
 */
public final class SruClient {
  /** A bound on pages, so a server that keeps pointing onwards cannot keep us forever. */
  static final int MAX_PAGES = 10_000;

  private final PoliteClient client;
  private final SruQuery query;
  private final int pageSize;

  SruClient(PoliteClient client, HarvestOptions o) {
    this.client = client;
    this.query = new SruQuery(o.sru(), o.from(), o.to(), o.dateIndex());
    this.pageSize = o.pageSize();
  }

  /**
   * The ids found, in the order of the results, each once. A page that cannot be fetched ends the
   * search: it is reported to {@code onFailure} and the ids found so far are returned.
   */
  List<String> search(Consumer<FetchException> onFailure) {
    Set<String> ids = new LinkedHashSet<>();
    int start = 1;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      URI url = query.page(start, pageSize);
      SruPage page;
      try {
        page = SruPage.parse(url, client.get(url));
      } catch (FetchException e) {
        onFailure.accept(e);
        break;
      }
      page.identifiers().stream().filter(Ids::isDocument).forEach(ids::add);
      int next = page.next() > 0 ? page.next() : start + page.identifiers().size();
      if (page.identifiers().isEmpty() || next <= start || next > page.total()) {
        break;
      }
      start = next;
    }
    return List.copyOf(ids);
  }
}
