package org.w3id.kamergraph.serve;

import jakarta.servlet.ServletRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One request's way to stop its query from outside the thread that runs it: the flag ARQ's
 * iterators poll between rows (the same flag its timeout sets), and why it was set. A {@link
 * ResponseGuard} makes one for every request and hangs it on the request; {@link CancellableQuery}
 * hands the flag to the query it runs and watches the client while it does.
 */
final class Cancellation {
  /** Why a request's query was stopped. */
  enum Reason {
    /** The client closed its connection. */
    CLIENT_GONE,
    /** The response passed the size allowed for a client without credentials. */
    RESULT_LIMIT
  }

  private static final String ATTRIBUTE = Cancellation.class.getName();

  private final AtomicBoolean signal = new AtomicBoolean();
  private final AtomicReference<Reason> reason = new AtomicReference<>();
  private final Function<Runnable, ClientWatch.Registration> clientWatch;

  /**
   * @param clientWatch starts watching this request's client, calling its argument when the client
   *     leaves; the result ends the watch
   */
  Cancellation(Function<Runnable, ClientWatch.Registration> clientWatch) {
    this.clientWatch = clientWatch;
  }

  /** Hangs this on {@code request}, for {@link #of} to find further down the chain. */
  void attach(ServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  /** The cancellation a {@link ResponseGuard} attached to {@code request}, if it passed one. */
  static Optional<Cancellation> of(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof Cancellation c
        ? Optional.of(c)
        : Optional.empty();
  }

  /** The flag a query polls; shared, so that setting it stops the query. */
  AtomicBoolean signal() {
    return signal;
  }

  /** Stops the query (if one runs or starts later); the first reason given is the one kept. */
  void cancel(Reason why) {
    reason.compareAndSet(null, why);
    signal.set(true);
  }

  /** Why the query was stopped, if it was stopped by {@link #cancel}. */
  Optional<Reason> reason() {
    return Optional.ofNullable(reason.get());
  }

  /**
   * Cancels with {@link Reason#CLIENT_GONE} if the client closes its connection before the result
   * is closed. Call it once the request's body has been read (see {@link ClientWatch}).
   */
  ClientWatch.Registration watchClient() {
    return clientWatch.apply(() -> cancel(Reason.CLIENT_GONE));
  }
}
