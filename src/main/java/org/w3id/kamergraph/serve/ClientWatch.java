package org.w3id.kamergraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that a client closed its connection while the server is still working on its request,
 * before anything is written to it.
 *
 * <p>Jetty cannot tell: over HTTP/1.1 it does not read a connection while a request on it is being
 * handled (there is nothing to read until the response is done), so a client that hangs up during a
 * long query is seen only when the response is written, or at the query timeout. This watch asks
 * the operating system instead: it registers the connection's socket with a selector of its own
 * (Jetty's registration is untouched) and, when the socket becomes readable, asks how many bytes
 * wait without reading them. Readable with nothing to read is the end of the stream: the client
 * closed the connection, or at least its sending half, which an HTTP client does only when it has
 * given up. Readable with bytes waiting is a pipelined request, which says nothing about the client
 * going away; the watch then stops watching that request and leaves the bytes to Jetty.
 *
 * <p>Watch a request only once its body has been read: while the server reads, data and the end of
 * the stream are Jetty's to see. One thread serves all requests of a server; {@link #close()} stops
 * it.
 */
final class ClientWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);

  private final Selector selector;
  private final Queue<Watched> pending = new ConcurrentLinkedQueue<>();
  private final Thread thread;

  private ClientWatch(Selector selector) {
    this.selector = selector;
    this.thread = new Thread(this::run, "kamergraph-client-watch");
    thread.setDaemon(true);
  }

  /** Ends one watch; closing it twice is harmless. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** A watch with its thread running. */
  static ClientWatch start() {
    try {
      ClientWatch w = new ClientWatch(Selector.open());
      w.thread.start();
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a selector to watch for clients that leave", e);
    }
  }

  /**
   * Calls {@code onGone} once, from the watch's thread, if the client at the other end of {@code
   * transport} closes the connection before the returned registration is closed. A transport that
   * is not a socket channel (an in-memory connector, TLS ended in-process) is not watched.
   *
   * @param transport the connection's transport, as Jetty's endpoint gives it
   * @return ends the watch
   */
  Registration watch(Object transport, Runnable onGone) {
    if (!(transport instanceof SocketChannel channel) || !selector.isOpen()) {
      return () -> {};
    }
    Watched w = new Watched(channel, onGone);
    pending.add(w);
    selector.wakeup(); // registered by the watch's own thread, see Watched#register
    return w;
  }

  private void run() {
    try {
      while (selector.isOpen()) {
        selector.select(this::readable);
        for (Watched w = pending.poll(); w != null; w = pending.poll()) {
          w.register();
        }
      }
    } catch (ClosedSelectorException e) {
      // closed with the server
    } catch (IOException e) {
      LOG.warn(
          "the watch for clients that leave stopped ({}); a query whose client hangs up now runs"
              + " until it ends or times out",
          e.toString());
    }
  }

  private void readable(SelectionKey key) {
    key.cancel(); // one answer per request: gone, or pipelining
    ((Watched) key.attachment()).readable();
  }

  @Override
  public void close() {
    try {
      selector.close();
    } catch (IOException e) {
      LOG.debug("closing the client watch", e);
    }
  }

  /** One request's connection, watched from registration until closed. */
  private final class Watched implements Registration {
    private final SocketChannel channel;
    private final Runnable onGone;
    private SelectionKey key;
    private boolean closed;

    Watched(SocketChannel channel, Runnable onGone) {
      this.channel = channel;
      this.onGone = onGone;
    }

    /**
     * On the watch's thread only: a keep-alive connection's previous request may have left a
     * cancelled key that the selector has not yet dropped, and registering the channel again before
     * it does fails; a non-blocking select drops it.
     */
    synchronized void register() throws IOException {
      if (closed) {
        return;
      }
      try {
        try {
          key = channel.register(selector, SelectionKey.OP_READ, this);
        } catch (CancelledKeyException e) {
          selector.selectNow(ClientWatch.this::readable);
          key = channel.register(selector, SelectionKey.OP_READ, this);
        }
      } catch (ClosedChannelException e) {
        closed = true; // Jetty closed the connection and will tell the request itself
      }
    }

    void readable() {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      if (clientGone(channel)) {
        onGone.run();
      }
    }

    @Override
    public synchronized void close() {
      closed = true;
      if (key != null) {
        key.cancel();
        // the selector drops the key at its next round; without one, a socket Jetty closes
        // meanwhile keeps its descriptor until then
        selector.wakeup();
      }
    }
  }

  /** Readable and nothing to read: the end of the stream (or a reset connection). */
  private static boolean clientGone(SocketChannel channel) {
    try {
      // available() asks the kernel how many bytes wait (FIONREAD) and reads none of them; the
      // stream is not closed here, as that would close the channel
      return channel.socket().getInputStream().available() == 0;
    } catch (IOException e) {
      return true; // closed or shut down for input: the client is gone either way
    }
  }
}
