package org.w3id.kamergraph.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for repository.overheid.nl and officielebekendmakingen.nl on 127.0.0.1 (a free port),
 * serving the fixtures under {@code src/test/resources/harvest/}: SRU pages at {@code /sru} (by
 * {@code startRecord}), documents at {@code /repo/{id}/{id}.xml}, metadata at {@code
 * /zoek/{id}/metadata.xml}. A test sets a {@link Fault} per path; every request is logged with its
 * arrival time.
 */
public final class FixtureServer implements AutoCloseable {
  private static final Pattern DOC = Pattern.compile("/repo/([\\w-]+)/\\1\\.xml");
  private static final Pattern META = Pattern.compile("/zoek/([\\w-]+)/metadata\\.xml");
  private static final Pattern START = Pattern.compile("(?:^|&)startRecord=(\\d+)");

  /** What a path does instead of (or before) serving its fixture. */
  public sealed interface Fault {}

  /** Always this status, with no body. */
  public record Status(int status) implements Fault {}

  /**
   * {@code status} for the first {@code times} requests (with Retry-After if not null), then OK.
   */
  public record FailFirst(int times, int status, String retryAfter, AtomicInteger seen)
      implements Fault {
    public FailFirst(int times, int status, String retryAfter) {
      this(times, status, retryAfter, new AtomicInteger());
    }
  }

  /** Answers only after {@code millis}: longer than the client's timeout. */
  public record Delay(long millis) implements Fault {}

  /** The fixture cut in half: not well-formed XML. */
  public record Truncated() implements Fault {}

  /** One request as it arrived. */
  public record Request(String path, String query, long nanos) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final List<Request> log = java.util.Collections.synchronizedList(new ArrayList<>());

  public FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public URI sru() {
    return base().resolve("/sru");
  }

  public URI repository() {
    return base().resolve("/repo");
  }

  public URI metadata() {
    return base().resolve("/zoek");
  }

  public void fault(String path, Fault fault) {
    faults.put(path, fault);
  }

  public void clearFaults() {
    faults.clear();
  }

  public List<Request> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  public void clearLog() {
    log.clear();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getRawQuery();
    log.add(new Request(path, query, System.nanoTime()));
    try (ex) {
      Fault fault = faults.get(path);
      if (fault instanceof Status s) {
        ex.sendResponseHeaders(s.status(), -1);
        return;
      }
      if (fault instanceof FailFirst f && f.seen().getAndIncrement() < f.times()) {
        if (f.retryAfter() != null) {
          ex.getResponseHeaders().add("Retry-After", f.retryAfter());
        }
        ex.sendResponseHeaders(f.status(), -1);
        return;
      }
      if (fault instanceof Delay d) {
        sleep(d.millis());
      }
      byte[] body = fixture(path, query);
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      if (fault instanceof Truncated) {
        body = java.util.Arrays.copyOf(body, body.length / 2);
      }
      ex.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to answer
    }
  }

  private static byte[] fixture(String path, String query) throws IOException {
    String name = null;
    Matcher m;
    if (path.equals("/sru") && query != null && (m = START.matcher(query)).find()) {
      name = "sru-start-" + m.group(1) + ".xml";
    } else if ((m = DOC.matcher(path)).matches()) {
      name = "documents/" + m.group(1) + ".xml";
    } else if ((m = META.matcher(path)).matches()) {
      name = "documents/" + m.group(1) + ".metadata.xml";
    }
    if (name == null) {
      return null;
    }
    try (InputStream in = FixtureServer.class.getResourceAsStream("/harvest/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The fixture folder, for tests that compare what was saved with what was served. */
  public static Path fixtures() {
    return Path.of(System.getProperty("kamergraph.basedir", "."))
        .resolve("src/test/resources/harvest");
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
