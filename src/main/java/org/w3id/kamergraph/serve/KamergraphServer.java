package org.w3id.kamergraph.serve;

import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.store.WriteRecordingDataset;
import org.w3id.kamergraph.web.Workbench;

/**
 * An embedded Fuseki serving one dataset at {@code /kamergraph} under a {@link ServerPolicy}:
 * SPARQL query at {@code /kamergraph}, {@code /kamergraph/sparql} and {@code /kamergraph/query},
 * Graph Store Protocol reads at {@code /kamergraph/get} (and {@code /kamergraph/data} while the
 * server is read-only); with updates allowed, SPARQL Update at {@code /kamergraph/update} and Graph
 * Store writes at {@code /kamergraph/data}, both for authenticated users only. The dataset itself
 * answers no plain GET unless the policy allows a dump (a dump of the whole store is otherwise a
 * job for {@code extract}, not for a request). A query stops at its timeout, when its client hangs
 * up ({@link ClientWatch}) and, for a client without credentials, when its response passes the
 * policy's result bound ({@link ResponseGuard}).
 */
public final class KamergraphServer implements AutoCloseable {
  /** The dataset's path on the server unless the builder names it otherwise. */
  public static final String DATASET = "/kamergraph";

  /**
   * The JVM options a server runs with (a {@code java} argument file on the class path; the {@code
   * kamergraph} launcher passes the same file to {@code serve}, and {@code bench --scale} starts
   * its server with it): a fixed heap, every page of it touched at start. Memory a process touches
   * for the first time is slow to hand out (on the 2-core benchmark machine 2.8 s per GiB, 10 µs a
   * page; a second touch 10 ms per GiB), and a heap that grows while queries run hands it out in
   * the middle of them: queries then took four to six times as long until the new memory had been
   * used once (seconds). So the server takes all of its heap up front, once.
   */
  public static final String JVM_OPTIONS = "/kamergraph/serve/server.jvm-options";

  /** The options of {@link #JVM_OPTIONS}, one per line as the file has them. */
  public static java.util.List<String> jvmOptions() {
    try (var in = KamergraphServer.class.getResourceAsStream(JVM_OPTIONS)) {
      if (in == null) {
        throw new KamergraphException(JVM_OPTIONS + " is missing from the class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .toList();
    } catch (java.io.IOException e) {
      throw new KamergraphException("cannot read " + JVM_OPTIONS + ": " + e.getMessage(), e);
    }
  }

  /** Rows ORDER BY, DISTINCT and the like keep in memory before spilling to disk. */
  private static final long SPILL_THRESHOLD = 100_000;

  private final FusekiServer server;
  private final ServerPolicy policy;
  private final ClientWatch watch;
  private final ServerActivity activity;
  private final String datasetPath;
  private final DescriptionFilter description;

  private KamergraphServer(
      FusekiServer server,
      ServerPolicy policy,
      ClientWatch watch,
      ServerActivity activity,
      String datasetPath,
      DescriptionFilter description) {
    this.server = server;
    this.policy = policy;
    this.watch = watch;
    this.activity = activity;
    this.datasetPath = datasetPath;
    this.description = description;
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
    return datasetUrl() + "/sparql";
  }

  /** The dataset's URL ({@code http://127.0.0.1:3030/kamergraph}). */
  public String datasetUrl() {
    return baseUrl() + datasetPath;
  }

  /** {@code http://host:port}, with an IPv6 host in brackets. */
  public String baseUrl() {
    return "http://" + policy.urlHost() + ":" + port();
  }

  /** The policy the server runs under. */
  public ServerPolicy policy() {
    return policy;
  }

  /** Requests in progress and queries stopped early, for tests and diagnostics. */
  ServerActivity activity() {
    return activity;
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  /**
   * Stops the server, and the reading it does on its own (the description's count), so the store
   * can be closed right after.
   */
  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      try {
        description.stop();
      } finally {
        watch.close();
      }
    }
  }

  /** Collects a policy; {@link #start()} checks it and applies it. */
  public static final class Builder {
    private final DatasetGraph dataset;
    private ServerPolicy policy = ServerPolicy.defaults();
    private String datasetPath = DATASET;

    private Builder(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The whole policy at once. */
    public Builder policy(ServerPolicy p) {
      this.policy = Objects.requireNonNull(p, "policy");
      return this;
    }

    /** The dataset's name ({@code kamergraph}: served at {@code /kamergraph/sparql}). */
    public Builder datasetName(String name) {
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new KamergraphException(
            "'" + name + "' is not a dataset name (letters, digits, . _ -)");
      }
      this.datasetPath = "/" + name;
      return this;
    }

    /** The port, or 0 for any free port. */
    public Builder port(int port) {
      policy = policy.withPort(port);
      return this;
    }

    /** The address to listen on (see {@link ServerPolicy#loopback()}). */
    public Builder host(String host) {
      policy = policy.withHost(host);
      policy.loopback(); // says at once when the host is not one we can listen on
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws KamergraphException when the policy refuses the combination asked for, or the port
     *     cannot be bound
     */
    public KamergraphServer start() {
      ServerPolicy p = policy.check();
      Context cxt = dataset.getContext();
      cxt.set(ARQ.queryTimeout, p.queryTimeout().toMillis());
      cxt.set(ARQ.updateTimeout, p.queryTimeout().toMillis());
      cxt.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
      OutboundPolicy.install(cxt, p.serviceHosts());

      // writes are recorded, so the next build checks what they touched against its digests
      DataService.Builder service =
          DataService.newBuilder(p.allowUpdate() ? new WriteRecordingDataset(dataset) : dataset);
      service.addEndpoint(Operation.Query);
      service.addEndpoint(Operation.Query, "sparql");
      service.addEndpoint(Operation.Query, "query");
      service.addEndpoint(Operation.GSP_R, "get");
      if (p.dump()) {
        service.addEndpoint(Operation.GSP_R, ""); // GET on the dataset itself: the whole store
      }
      FusekiServer.Builder b =
          FusekiServer.create()
              .port(p.port())
              .loopback(p.loopback())
              .enablePing(true)
              .enableStats(p.stats())
              .enableMetrics(p.stats())
              .enableCors(false)
              .numServerThreads(8, p.maxThreads())
              .addFilter("/*", new RequestGuard(p))
              .addFilter("/*", new ResultFormatAliases())
              .registerOperation(
                  Operation.Query, WebContent.contentTypeSPARQLQuery, new CancellableQuery());
      if (p.allowUpdate()) {
        service.addEndpoint(Operation.Update, "update", Auth.ANY_USER);
        service.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        b.passwordFile(p.passwordFile().orElseThrow().toString())
            .auth(AuthScheme.BASIC)
            .realm("kamergraph");
      } else {
        service.addEndpoint(Operation.GSP_R, "data");
      }
      b.add(datasetPath, service.build());
      // the workbench: pages for people next to the endpoint, reading the same store
      new Workbench(dataset, p.queryTimeout(), datasetPath + "/sparql")
          .servlets()
          .forEach(b::addServlet);
      ServerActivity activity = new ServerActivity();
      DescriptionFilter description = new DescriptionFilter(dataset, datasetPath, p);
      ClientWatch watch = ClientWatch.start();
      try {
        // after the RequestGuard: filters run in the order they are added
        b.addFilter("/*", new ResponseGuard(p, watch, activity));
        b.addFilter("/*", description);
        FusekiServer s = b.build();
        for (Connector c : s.getJettyServer().getConnectors()) {
          if (c instanceof ServerConnector sc) {
            sc.setAcceptQueueSize(p.acceptQueue());
            sc.setHost(
                p.bindAddress()); // Fuseki's loopback is 127.0.0.1 only; ::1 is asked for too
          }
        }
        s.start();
        description.warmUp();
        return new KamergraphServer(s, p, watch, activity, datasetPath, description);
      } catch (RuntimeException e) {
        watch.close();
        throw new KamergraphException(
            "cannot start the SPARQL server on port "
                + p.port()
                + ": "
                + e.getMessage()
                + " (is the port in use? choose another with --port)",
            e);
      }
    }
  }
}
