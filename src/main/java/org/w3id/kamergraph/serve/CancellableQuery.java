package org.w3id.kamergraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
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
    return super.createQueryExec(action, query, dataset);
  }
}
