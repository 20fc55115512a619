package org.w3id.kamergraph.harvest;

import java.time.Duration;

/**
 * Keeps a minimum interval between the end of one request and the start of the next, so the servers
 * see at most one request per interval however fast they answer. Thread-safe.
 */
final class Throttle {
  private final long intervalNanos;
  private long lastEnd = Long.MIN_VALUE;

  Throttle(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Waits until the interval since the last {@link #finished()} has passed. */
  synchronized void await() throws InterruptedException {
    if (lastEnd == Long.MIN_VALUE) {
      return;
    }
    long wait;
    while ((wait = lastEnd + intervalNanos - System.nanoTime()) > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** Marks the end of a request (its response read, or its failure). */
  synchronized void finished() {
    lastEnd = System.nanoTime();
  }
}
