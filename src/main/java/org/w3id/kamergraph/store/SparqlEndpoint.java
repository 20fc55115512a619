package org.w3id.kamergraph.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * A Fuseki dataset over HTTP, as a build writes to it: SPARQL queries at {@code DATASET/sparql},
 * SPARQL Update at {@code DATASET/update}, quads posted to the Graph Store endpoint {@code
 * DATASET/data}. Every request carries the credentials (HTTP basic) when there are any, has a
 * timeout, and fails with a message that names the URL, the status and what to do; the password
 * never appears in a message.
 */
public final class SparqlEndpoint {
  /** A user and password for HTTP basic authentication. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=…]";
    }
  }

  private final URI dataset;
  private final Optional<Credentials> credentials;
  private final Duration timeout;
  private final HttpClient http;

  public SparqlEndpoint(URI dataset, Optional<Credentials> credentials, Duration timeout) {
    String s = dataset.toString();
    this.dataset = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    this.credentials = credentials;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public URI dataset() {
    return dataset;
  }

  /** Runs a SELECT query and hands each row to {@code each}. */
  public void select(String query, Consumer<Binding> each) {
    HttpRequest req =
        request("/sparql")
            .header("Accept", "text/tab-separated-values")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form("query", query))
            .build();
    HttpResponse<java.io.InputStream> r =
        send(req, HttpResponse.BodyHandlers.ofInputStream(), "query");
    try (java.io.InputStream in = r.body()) {
      org.apache.jena.query.ResultSet rows = ResultSetMgr.read(in, ResultSetLang.RS_TSV);
      while (rows.hasNext()) {
        each.accept(rows.nextBinding());
      }
    } catch (IOException e) {
      throw new KamergraphException(
          dataset + "/sparql: the answer was cut off (" + e.getMessage() + ")", e);
    }
  }

  /** Runs a CONSTRUCT query; the result as a graph. */
  public org.apache.jena.graph.Graph construct(String query) {
    HttpRequest req =
        request("/sparql")
            .header("Accept", "application/n-triples")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form("query", query))
            .build();
    HttpResponse<byte[]> r = send(req, HttpResponse.BodyHandlers.ofByteArray(), "query");
    org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    RDFDataMgr.read(
        g, new java.io.ByteArrayInputStream(r.body()), org.apache.jena.riot.Lang.NTRIPLES);
    return g;
  }

  /** Runs a SPARQL Update request (one transaction on the server). */
  public void update(String update) {
    HttpRequest req =
        request("/update")
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8))
            .build();
    send(req, HttpResponse.BodyHandlers.discarding(), "update");
  }

  /** Adds N-Quads to the dataset in one request (one transaction on the server). */
  public void postQuads(byte[] nquads) {
    HttpRequest req =
        request("/data")
            .header("Content-Type", "application/n-quads")
            .POST(HttpRequest.BodyPublishers.ofByteArray(nquads))
            .build();
    send(req, HttpResponse.BodyHandlers.discarding(), "write");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(dataset + path)).timeout(timeout);
    credentials.ifPresent(
        c ->
            b.header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8))));
    return b;
  }

  private <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> body, String what) {
    HttpResponse<T> r;
    try {
      r = http.send(req, body);
    } catch (HttpTimeoutException e) {
      throw new KamergraphException(
          req.uri() + ": no answer within " + timeout.toSeconds() + " s; is the server overloaded?",
          e);
    } catch (ConnectException e) {
      throw new KamergraphException(
          req.uri() + ": cannot connect; is the server running, and is the URL right?", e);
    } catch (IOException e) {
      throw new KamergraphException(req.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KamergraphException(req.uri() + ": interrupted", e);
    }
    int status = r.statusCode();
    if (status / 100 == 2) {
      return r;
    }
    if (r.body() instanceof java.io.InputStream in) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the status says what went wrong
      }
    }
    String hint =
        switch (status) {
          case 401, 403 ->
              credentials.isEmpty()
                  ? "the server wants credentials for a "
                      + what
                      + ": give --user and a password file"
                  : "the server refused user '"
                      + credentials.get().user()
                      + "' for a "
                      + what
                      + ": check --user and the password file";
          case 404 -> "no such endpoint: give the dataset's URL, e.g. http://host:3030/kamergraph";
          case 405 -> "the server does not allow a " + what + " there (a read-only dataset?)";
          default -> "the server could not do the " + what;
        };
    throw new KamergraphException(req.uri() + ": HTTP " + status + ": " + hint);
  }

  private static HttpRequest.BodyPublisher form(String name, String value) {
    return HttpRequest.BodyPublishers.ofString(
        name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
