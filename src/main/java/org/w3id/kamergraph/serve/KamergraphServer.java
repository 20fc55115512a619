package org.w3id.kamergraph.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * An embedded Fuseki serving one dataset at {@code /kamergraph}: SPARQL query at {@code
 * /kamergraph/sparql} and {@code /kamergraph/query}, Graph Store Protocol reads at {@code
 * /kamergraph/data}; SPARQL Update and Graph Store writes only when updates are allowed.
 */
public final class KamergraphServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/kamergraph";

  private final FusekiServer server;

  private KamergraphServer(FusekiServer server) {
    this.server = server;
  }

  public static Builder builder(DatasetGraph dataset) {
    return new Builder(dataset);
  }

  /** The port the server listens on (useful when it was asked for port 0). */
  public int port() {
    return server.getHttpPort();
  }

  /** The SPARQL query endpoint's URL as a client on this machine reaches it. */
  public String queryUrl() {
    return "http://127.0.0.1:" + port() + DATASET + "/sparql";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Checks each setting as it is given. */
  public static final class Builder {
    private final DatasetGraph dataset;
    private int port = 3030;
    private boolean loopback = true;
    private boolean allowUpdate;

    private Builder(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The port, or 0 for any free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new KamergraphException("port " + port + " is out of range 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on: a loopback address ({@code 127.0.0.1}, {@code localhost}, {@code
     * ::1}) or every interface ({@code 0.0.0.0}).
     */
    public Builder host(String host) {
      switch (host) {
        case "127.0.0.1", "localhost", "::1" -> loopback = true;
        case "0.0.0.0", "::", "*" -> loopback = false;
        default ->
            throw new KamergraphException(
                "cannot listen on "
                    + host
                    + " only: use 127.0.0.1 (this machine) or 0.0.0.0 (every interface)");
      }
      return this;
    }

    public Builder allowUpdate(boolean allow) {
      this.allowUpdate = allow;
      return this;
    }

    /** Starts the server. */
    public KamergraphServer start() {
      try {
        FusekiServer s =
            FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add(DATASET, dataset, allowUpdate)
                .enablePing(true)
                .enableStats(true)
                .enableCors(true, null)
                .build();
        s.start();
        return new KamergraphServer(s);
      } catch (RuntimeException e) {
        throw new KamergraphException(
            "cannot start the SPARQL server on port "
                + port
                + ": "
                + e.getMessage()
                + " (is the port in use? choose another with --port)",
            e);
      }
    }
  }
}
