package org.w3id.kamergraph.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real standalone Fuseki server ({@code org.apache.jena:jena-fuseki-server}, copied to {@code
 * target/fuseki} by the build), started with the configuration {@code docker/} ships, on a free
 * loopback port, with basic authentication and a password file. For tests.
 */
public final class StandaloneFuseki implements AutoCloseable {
  public static final String USER = "kamergraph";
  public static final String PASSWORD = "test-only-s3cret";

  private static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));

  private final Process process;
  private final int port;
  private final Path log;

  private StandaloneFuseki(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a server in {@code dir} (its store and password file go there) and waits for it. */
  public static StandaloneFuseki start(Path dir) throws IOException, InterruptedException {
    Path jar = BASE.resolve("target/fuseki/jena-fuseki-server.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the tests with Maven (it copies the server there)");
    }
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, USER + ": " + PASSWORD + "\n");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve("fuseki.log");
    List<String> cmd =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Xmx512m",
            "-jar",
            jar.toString(),
            "--config=" + BASE.resolve("docker/fuseki/config.ttl").toAbsolutePath(),
            "--passwd=" + passwd,
            "--auth=basic",
            "--localhost",
            "--port=" + port);
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    StandaloneFuseki server = new StandaloneFuseki(p, port, log);
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("Fuseki stopped: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return server;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    server.close();
    throw new IllegalStateException("Fuseki did not start within 90 s: " + Files.readString(log));
  }

  /** The dataset's URL. */
  public URI dataset() {
    return URI.create("http://127.0.0.1:" + port + "/kamergraph");
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
