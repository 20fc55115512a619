package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to harvest, where from and how politely.
 *
 * @param sru the SRU endpoint ({@code https://repository.overheid.nl/sru})
 * @param repository the base of document URLs: a document is {@code {repository}/{id}/{id}.xml}
 * @param metadata the base of metadata URLs: a document's metadata is {@code
 *     {metadata}/{id}/metadata.xml}
 * @param from first date to search for (inclusive), or {@code null}
 * @param to last date to search for (inclusive), or {@code null}
 * @param dateIndex the CQL index {@code from} and {@code to} filter on
 * @param zaken zaak numbers whose questions to fetch directly; when given, SRU is not searched
 * @param out the folder to download into
 * @param minInterval the least time between the end of one request and the start of the next
 * @param maxAttempts attempts per URL, at least 1
 * @param backoff the wait before the second attempt; doubled before each next one
 * @param timeout the longest wait for a connection or a response
 * @param pageSize SRU records per page ({@code maximumRecords})
 * @param userAgent the User-Agent header sent with every request
 */
public record HarvestOptions(
    URI sru,
    URI repository,
    URI metadata,
    LocalDate from,
    LocalDate to,
    String dateIndex,
    List<String> zaken,
    Path out,
    Duration minInterval,
    int maxAttempts,
    Duration backoff,
    Duration timeout,
    int pageSize,
    String userAgent) {
  /** The documented SRU endpoint of repository.overheid.nl. */
  public static final URI SRU = URI.create("https://repository.overheid.nl/sru");

  /** The documented bulk repository of official publications. */
  public static final URI REPOSITORY =
      URI.create("https://repository.officiele-overheidspublicaties.nl/officielepublicaties");

  /** The documented site whose {@code {id}/metadata.xml} is a document's metadata. */
  public static final URI METADATA = URI.create("https://zoek.officielebekendmakingen.nl");

  /** The only date index the reference facts document for this SRU service. */
  public static final String DATE_INDEX = "dt.modified";

  public HarvestOptions {
    Objects.requireNonNull(sru, "sru");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(dateIndex, "dateIndex");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(userAgent, "userAgent");
    zaken = List.copyOf(zaken);
    if (from == null && to == null && zaken.isEmpty()) {
      throw new IllegalArgumentException("give --from/--to dates or --zaak numbers");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    for (String z : zaken) {
      if (!Ids.ZAAK.matcher(z).matches()) {
        throw new IllegalArgumentException("not a zaak number (like 2024Z10305): " + z);
      }
    }
    requireNotNegative(minInterval, "minInterval");
    requireNotNegative(backoff, "backoff");
    requireNotNegative(timeout, "timeout");
    if (timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1 to 1000, got " + pageSize);
    }
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + d);
    }
  }
}
