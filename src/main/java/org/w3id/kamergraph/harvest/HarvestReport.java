package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.util.List;

/**
 * What a harvest did, counted in files (a document and its metadata are two).
 *
 * @param downloaded files fetched and saved
 * @param skipped files already complete in the output folder, not fetched again
 * @param failures each URL that failed, with what happened
 */
public record HarvestReport(int downloaded, int skipped, List<Failure> failures) {
  public HarvestReport {
    failures = List.copyOf(failures);
  }

  /** The number of failed URLs. */
  public int failed() {
    return failures.size();
  }

  /** One URL that could not be harvested. */
  public record Failure(URI url, String message) {}
}
