package org.w3id.kamergraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation, stoppable from outside: the query runs with the request's {@link
 * Cancellation} flag as its cancel signal (the one ARQ's timeout sets), and the client is watched
 * while it runs, so that a client that hangs up stops its query within a moment instead of at the
 * timeout. Requests that did not pass a {@link ResponseGuard} run as in Fuseki.
 */
final class CancellableQuery extends SPARQL_QueryDataset {
  @Override
  protected void execute(String queryString, HttpAction action) {
    var cancellation = Cancellation.of(action.getRequest());
    if (cancellation.isEmpty()) {
      super.execute(queryString, action);
      return;
    }
    // the body (the query) has been read: from here on the connection is quiet unless the
    // client leaves
    try (ClientWatch.Registration watch = cancellation.get().watchClient()) {
      super.execute(queryString, action);
    }
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    // the action's context is this request's own copy; the query execution copies it again, and
    // the flag with it (one object, shared)
    Cancellation.of(action.getRequest())
        .ifPresent(c -> action.getContext().set(ARQConstants.symCancelQuery, c.signal()));
    shorterTimeout(action);
    return super.createQueryExec(action, query, dataset);
  }

  /**
   * A client may ask for a shorter timeout than the server's with {@code timeout=} (seconds, as
   * Fuseki and Virtuoso clients send it); a longer one is cut to the server's. A value that is not
   * a positive number is refused with 400.
   */
  private static void shorterTimeout(HttpAction action) {
    String asked = action.getRequest().getParameter("timeout");
    if (asked == null || asked.isBlank()) {
      return;
    }
    double seconds;
    try {
      seconds = Double.parseDouble(asked.strip());
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      ServletOps.errorBadRequest("timeout: give a positive number of seconds, not '" + asked + "'");
      return;
    }
    long millis = (long) Math.ceil(seconds * 1000);
    Object server = action.getContext().get(ARQ.queryTimeout);
    long limit = server == null ? Long.MAX_VALUE : serverMillis(server);
    action.getContext().set(ARQ.queryTimeout, Math.min(millis, limit));
  }

  /** The server's own timeout, as the context holds it (a number, or "first,overall"). */
  private static long serverMillis(Object value) {
    String s = value.toString();
    int comma = s.indexOf(',');
    try {
      return Long.parseLong((comma < 0 ? s : s.substring(comma + 1)).strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
