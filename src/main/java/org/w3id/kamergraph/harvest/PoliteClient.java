package org.w3id.kamergraph.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * GETs URLs politely: one request at a time with at least {@code minInterval} between the end of
 * one and the start of the next; on 429, 5xx, a timeout or an I/O error it tries again after an
 * exponential backoff ({@code backoff}, doubled each time), waiting longer when the server's {@code
 * Retry-After} asks for it, up to {@code maxAttempts} attempts. Other statuses (404, 410, …) fail
 * at once. Thread-safe; the throttle is shared by all callers.
 *
 * @throws FetchException from {@link #get} naming the URL, the attempts made and the last problem
 */
public final class PoliteClient {
  /** The longest Retry-After honoured; a server asking for more makes the URL fail instead. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

  /** The largest response body accepted: far above any real document or SRU page. */
  static final int MAX_BYTES = 50 * 1024 * 1024;

  private final HttpClient http;
  private final Throttle throttle;
  private final HarvestOptions options;

  public PoliteClient(HarvestOptions options) {
    this.options = options;
    this.throttle = new Throttle(options.minInterval());
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(options.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** The body of a 200 response to GET {@code url}. */
  public byte[] get(URI url) {
    String problem = "no attempt made";
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      Duration wait = backoff(attempt);
      try {
        throttle.await();
        HttpResponse<InputStream> r = null;
        byte[] body;
        try {
          r = http.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
          try (InputStream in = r.body()) {
            body = in.readNBytes(MAX_BYTES + 1);
          }
        } finally {
          throttle.finished();
        }
        int status = r.statusCode();
        if (status == 200 && body.length > MAX_BYTES) {
          throw new FetchException(url, "response larger than " + MAX_BYTES + " bytes (not saved)");
        }
        if (status == 200) {
          return body;
        }
        problem = "HTTP " + status;
        if (status != 429 && status < 500) {
          throw new FetchException(url, problem + " (not retried)");
        }
        Optional<Duration> asked =
            RetryAfter.parse(r.headers().firstValue("Retry-After"), ZonedDateTime.now());
        if (asked.isPresent()) {
          if (asked.get().compareTo(MAX_RETRY_AFTER) > 0) {
            throw new FetchException(
                url, problem + " with Retry-After " + asked.get() + ", longer than we wait");
          }
          problem += " (Retry-After " + asked.get().toSeconds() + " s)";
          wait = asked.get().compareTo(wait) > 0 ? asked.get() : wait;
        }
      } catch (HttpTimeoutException e) {
        problem = "timed out after " + options.timeout().toMillis() + " ms";
      } catch (IOException e) {
        problem = "I/O error: " + e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(url, "interrupted", e);
      }
      if (attempt < options.maxAttempts()) {
        sleep(url, wait);
      }
    }
    return failed(url, problem);
  }

  private byte[] failed(URI url, String problem) {
    throw new FetchException(
        url, problem + " (gave up after " + options.maxAttempts() + " attempt(s))");
  }

  private HttpRequest request(URI url) {
    return HttpRequest.newBuilder(url)
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent())
        .GET()
        .build();
  }

  private Duration backoff(int attempt) {
    return options.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
  }

  private static void sleep(URI url, Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted", e);
    }
  }
}
