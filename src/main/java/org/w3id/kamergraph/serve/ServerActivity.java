package org.w3id.kamergraph.serve;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one server is doing and has stopped: requests in progress, queries cancelled because their
 * client left, responses cut at the result bound. Counted by {@link ResponseGuard}; read by tests
 * and diagnostics.
 */
final class ServerActivity {
  private final AtomicLong inFlight = new AtomicLong();
  private final AtomicLong clientsGone = new AtomicLong();
  private final AtomicLong resultsCut = new AtomicLong();

  /** Requests being handled now (a request thread each). */
  long inFlight() {
    return inFlight.get();
  }

  /** Requests whose query was cancelled because the client closed its connection. */
  long clientsGone() {
    return clientsGone.get();
  }

  /** Responses stopped at the result bound for clients without credentials. */
  long resultsCut() {
    return resultsCut.get();
  }

  void started() {
    inFlight.incrementAndGet();
  }

  /** A request is done; {@code why} says whether and why its query was cancelled. */
  void finished(java.util.Optional<Cancellation.Reason> why) {
    why.ifPresent(
        r -> (r == Cancellation.Reason.CLIENT_GONE ? clientsGone : resultsCut).incrementAndGet());
    inFlight.decrementAndGet();
  }
}
