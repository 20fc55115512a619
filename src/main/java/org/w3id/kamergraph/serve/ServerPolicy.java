package org.w3id.kamergraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * Everything that decides how far the server can be trusted on a network, in one place, with
 * defaults that are safe on their own: loopback, read-only, no outbound fetches ({@code SERVICE},
 * {@code LOAD}), a query timeout, bounded requests, bounded responses for clients without
 * credentials, no cross-origin access, no statistics endpoint. Each relaxation is a named setting;
 * {@link #check()} refuses the combinations that would expose the store (writes without
 * credentials, writes over plain HTTP on every interface).
 *
 * @param host the address to listen on, as given ({@code 127.0.0.1}, {@code ::1}, {@code 0.0.0.0}…)
 * @param port the port, 0 for any free one
 * @param allowUpdate whether SPARQL Update and Graph Store writes are served (with credentials)
 * @param passwordFile users and passwords for writes ({@code user: password} per line), required
 *     with {@code allowUpdate}
 * @param behindTls the operator's statement that a TLS proxy fronts this server, which alone allows
 *     writes on a non-loopback address
 * @param serviceHosts hosts a query's {@code SERVICE} (and an update's {@code LOAD}) may fetch
 *     from; empty: none
 * @param corsOrigins origins whose browser scripts may read the endpoint; empty: none
 * @param queryTimeout the longest a query or update runs before it is cancelled
 * @param maxRequestBytes the largest request body (or query string) accepted
 * @param maxResultBytes the largest response body sent for a request without valid credentials;
 *     past it the response is cut off and its query cancelled
 * @param stats whether {@code /$/stats} and {@code /$/metrics} are served
 * @param dump whether a plain GET of the dataset ({@code /kamergraph}) answers with the whole store
 *     (streamed as N-Quads or N-Triples when asked for those; bounded like any anonymous response)
 * @param maxThreads the request threads; connections beyond them wait in the accept queue
 * @param acceptQueue connections the operating system holds before refusing
 */
public record ServerPolicy(
    String host,
    int port,
    boolean allowUpdate,
    Optional<Path> passwordFile,
    boolean behindTls,
    Set<String> serviceHosts,
    List<String> corsOrigins,
    Duration queryTimeout,
    long maxRequestBytes,
    long maxResultBytes,
    boolean stats,
    boolean dump,
    int maxThreads,
    int acceptQueue) {

  /** The default query timeout. */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);

  /** The default bound on a request body: 1 MiB, far above any real query. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

  /**
   * The default bound on a response to a client without credentials: 256 MiB, far above what a
   * person reads, small enough that one client cannot keep the server writing for hours.
   */
  public static final long DEFAULT_MAX_RESULT_BYTES = 256L << 20;

  public ServerPolicy {
    host = host.trim();
    passwordFile = passwordFile == null ? Optional.empty() : passwordFile;
    serviceHosts = Set.copyOf(new TreeSet<>(lower(serviceHosts)));
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65535) {
      throw new KamergraphException("port " + port + " is out of range 0..65535");
    }
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new KamergraphException("the query timeout must be positive, got " + queryTimeout);
    }
    if (maxRequestBytes < 1024) {
      throw new KamergraphException("the request size limit must be at least 1024 bytes");
    }
    if (maxResultBytes < 1024) {
      throw new KamergraphException(
          "the result size limit must be at least 1024 bytes, got " + maxResultBytes);
    }
  }

  /**
   * Loopback, read-only, nothing fetched, 60 s per query, 1 MiB per request, 256 MiB per anonymous
   * response, port 3030.
   */
  public static ServerPolicy defaults() {
    return new ServerPolicy(
        "127.0.0.1",
        3030,
        false,
        Optional.empty(),
        false,
        Set.of(),
        List.of(),
        DEFAULT_QUERY_TIMEOUT,
        DEFAULT_MAX_REQUEST_BYTES,
        DEFAULT_MAX_RESULT_BYTES,
        false,
        false,
        250,
        1024);
  }

  /** Whether the server listens on loopback only. */
  public boolean loopback() {
    return switch (host.toLowerCase(Locale.ROOT)) {
      case "127.0.0.1", "localhost", "::1", "[::1]" -> true;
      case "0.0.0.0", "::", "[::]", "*" -> false;
      default ->
          throw new KamergraphException(
              "cannot listen on "
                  + host
                  + " only: use 127.0.0.1 or ::1 (this machine) or 0.0.0.0 (every interface)");
    };
  }

  /** The address the listening socket binds: the loopback address given, or all interfaces. */
  public String bindAddress() {
    if (!loopback()) {
      return host.contains(":") ? "::" : "0.0.0.0";
    }
    String h = host.replace("[", "").replace("]", "");
    return h.equalsIgnoreCase("localhost") ? "127.0.0.1" : h;
  }

  /** The host as it goes in a URL: IPv6 addresses in brackets. */
  public String urlHost() {
    String h = host.startsWith("[") ? host : host.contains(":") ? "[" + host + "]" : host;
    return h.equals("0.0.0.0") || h.equals("[::]") || h.equals("*") ? "127.0.0.1" : h;
  }

  /**
   * Refuses what would expose the store: writes without credentials, writes on every interface over
   * plain HTTP (passwords and data in clear text) unless a TLS proxy is declared, a password file
   * that cannot be read.
   *
   * @throws KamergraphException saying what to change
   */
  public ServerPolicy check() {
    boolean loopback = loopback();
    if (allowUpdate && passwordFile.isEmpty()) {
      throw new KamergraphException(
          "--allow-update needs --password-file FILE (lines 'user: password'): nobody may write"
              + " to the store without credentials");
    }
    if (passwordFile.isPresent() && !Files.isReadable(passwordFile.get())) {
      throw new KamergraphException(
          passwordFile.get() + ": cannot read the password file; check the path");
    }
    if (allowUpdate && !loopback && !behindTls) {
      throw new KamergraphException(
          "refusing writes on "
              + host
              + " over plain HTTP: passwords would cross the network in clear text. Put a TLS"
              + " proxy in front and say so with --behind-tls, or listen on 127.0.0.1");
    }
    return this;
  }

  public ServerPolicy withHost(String h) {
    return with(d -> d.host = h);
  }

  public ServerPolicy withPort(int p) {
    return with(d -> d.port = p);
  }

  public ServerPolicy withUpdates(boolean allow, Optional<Path> passwords, boolean tls) {
    return with(
        d -> {
          d.allowUpdate = allow;
          d.passwordFile = passwords;
          d.behindTls = tls;
        });
  }

  public ServerPolicy withServiceHosts(Set<String> hosts) {
    return with(d -> d.serviceHosts = hosts);
  }

  public ServerPolicy withCorsOrigins(List<String> origins) {
    return with(d -> d.corsOrigins = origins);
  }

  public ServerPolicy withQueryTimeout(Duration timeout) {
    return with(d -> d.queryTimeout = timeout);
  }

  public ServerPolicy withMaxRequestBytes(long bytes) {
    return with(d -> d.maxRequestBytes = bytes);
  }

  public ServerPolicy withMaxResultBytes(long bytes) {
    return with(d -> d.maxResultBytes = bytes);
  }

  public ServerPolicy withStats(boolean on) {
    return with(d -> d.stats = on);
  }

  public ServerPolicy withDump(boolean on) {
    return with(d -> d.dump = on);
  }

  /** This policy with one change, checked by the canonical constructor like any other. */
  private ServerPolicy with(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new ServerPolicy(
        d.host,
        d.port,
        d.allowUpdate,
        d.passwordFile,
        d.behindTls,
        d.serviceHosts,
        d.corsOrigins,
        d.queryTimeout,
        d.maxRequestBytes,
        d.maxResultBytes,
        d.stats,
        d.dump,
        maxThreads,
        acceptQueue);
  }

  /** The settings a wither may change, copied from a policy. */
  private static final class Draft {
    String host;
    int port;
    boolean allowUpdate;
    Optional<Path> passwordFile;
    boolean behindTls;
    Set<String> serviceHosts;
    List<String> corsOrigins;
    Duration queryTimeout;
    long maxRequestBytes;
    long maxResultBytes;
    boolean stats;
    boolean dump;

    Draft(ServerPolicy p) {
      host = p.host;
      port = p.port;
      allowUpdate = p.allowUpdate;
      passwordFile = p.passwordFile;
      behindTls = p.behindTls;
      serviceHosts = p.serviceHosts;
      corsOrigins = p.corsOrigins;
      queryTimeout = p.queryTimeout;
      maxRequestBytes = p.maxRequestBytes;
      maxResultBytes = p.maxResultBytes;
      stats = p.stats;
      dump = p.dump;
    }
  }

  private static Set<String> lower(Set<String> hosts) {
    Set<String> out = new TreeSet<>();
    for (String h : hosts) {
      String t = h.trim().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
