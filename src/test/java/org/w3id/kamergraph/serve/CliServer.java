package org.w3id.kamergraph.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.kamergraph.cli.Main;

/**
 * {@code kamergraph serve ARGS --port P} through the CLI in a background thread, on a free port,
 * for tests. The command blocks in {@code server.join()} and offers no way to stop it; an interrupt
 * ends the join, and the command's try-with-resources then stops Jetty and closes the store.
 */
final class CliServer {
  final int port;
  final StringWriter err = new StringWriter();
  final AtomicInteger exit = new AtomicInteger(-1);
  private final Thread thread;

  private CliServer(int port, Thread thread) {
    this.port = port;
    this.thread = thread;
  }

  /** Starts {@code serve ARGS --port P}; {@link #up()} says whether it answers. */
  static CliServer start(String... args) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> all = new ArrayList<>(List.of("serve"));
    all.addAll(List.of(args));
    all.addAll(List.of("--port", Integer.toString(port)));
    CliServer[] self = new CliServer[1];
    Thread t =
        new Thread(
            () -> {
              var cl = Main.commandLine();
              cl.setOut(new PrintWriter(new StringWriter(), true));
              cl.setErr(new PrintWriter(self[0].err, true));
              self[0].exit.set(cl.execute(all.toArray(String[]::new)));
            },
            "kamergraph-serve-test");
    self[0] = new CliServer(port, t);
    t.setDaemon(true);
    t.start();
    return self[0];
  }

  /** Waits up to a minute for {@code /$/ping} to answer; false if the command ended first. */
  boolean up() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && thread.isAlive()) {
      try {
        if (ServerIntegrationTest.get(base() + "/$/ping", "text/plain").statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    return false;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Interrupts the command; whether it returned within 20 seconds. */
  boolean stop() throws InterruptedException {
    thread.interrupt();
    thread.join(Duration.ofSeconds(20).toMillis());
    return !thread.isAlive();
  }
}
