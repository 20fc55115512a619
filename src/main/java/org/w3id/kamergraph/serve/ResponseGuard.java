package org.w3id.kamergraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a request from costing more than its client takes: gives every request a {@link
 * Cancellation} that stops its query when the client closes the connection (seen by the {@link
 * ClientWatch}, or by Jetty when a write fails) and, for a request without valid credentials,
 * bounds the response body ({@link BoundedResponse}: past the bound the query is cancelled and the
 * response cut). A request that authenticated (a writes-enabled server's users) is not bounded.
 */
final class ResponseGuard implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseGuard.class);

  private final long maxResultBytes;
  private final ClientWatch watch;
  private final ServerActivity activity;

  ResponseGuard(ServerPolicy policy, ClientWatch watch, ServerActivity activity) {
    this.maxResultBytes = policy.maxResultBytes();
    this.watch = watch;
    this.activity = activity;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(req);
    EndPoint endPoint = jetty.getConnectionMetaData().getConnection().getEndPoint();
    Cancellation cancellation =
        new Cancellation(onGone -> watch.watch(endPoint.getTransport(), onGone));
    // Jetty fails the request when it sees the connection fail (a write to a client that left)
    jetty.addFailureListener(failure -> cancellation.cancel(Cancellation.Reason.CLIENT_GONE));
    cancellation.attach(req);
    activity.started();
    try {
      // credentials lift the bound, not the wrapper: it also keeps per-cell flushes off the wire
      long bound = req.getUserPrincipal() != null ? Long.MAX_VALUE : maxResultBytes;
      BoundedResponse bounded =
          new BoundedResponse((HttpServletResponse) response, bound, cancellation);
      chain.doFilter(req, bounded);
      bounded.finish();
    } finally {
      activity.finished(cancellation.reason());
      cancellation.reason().ifPresent(why -> log(why, req));
    }
  }

  private void log(Cancellation.Reason why, HttpServletRequest req) {
    String who = req.getRemoteAddr() + ":" + req.getRemotePort() + " " + req.getRequestURI();
    switch (why) {
      case CLIENT_GONE ->
          LOG.info("{}: the client closed its connection; its query was cancelled", who);
      case RESULT_LIMIT ->
          LOG.info(
              "{}: response cut at {} bytes, the bound for clients without credentials"
                  + " (--max-result-bytes); its query was cancelled",
              who,
              maxResultBytes);
    }
  }
}
