package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.model.UsageException;
import org.w3id.kamergraph.serve.FusekiConfig;
import org.w3id.kamergraph.serve.KamergraphServer;
import org.w3id.kamergraph.serve.ServerPolicy;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph serve [INPUT...]}: build if asked, then serve SPARQL. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over SPARQL with an embedded Fuseki (dataset /kamergraph).",
      "With INPUT, build the store from it first: 'serve examples/' is the whole demo.",
      "Queries see all graphs as the default graph. Safe by default: loopback only, read-only,",
      "nothing fetched for clients (SERVICE, LOAD), queries cancelled after --query-timeout",
      "or when their client hangs up, requests and anonymous responses bounded, no cross-origin",
      "scripts, no statistics endpoint."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;
  @Mixin BuildOptions build;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Files or folders to build from first.")
  List<Path> inputs = List.of();

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "127.0.0.1 (default) or 0.0.0.0 for every interface.")
  String host;

  @Option(
      names = "--allow-update",
      description =
          "Accept SPARQL Update (/kamergraph/update) and Graph Store writes (/kamergraph/data)"
              + " from authenticated users; needs --password-file.")
  boolean allowUpdate;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Users who may write, one 'user: password' per line (Jetty's format).")
  Path passwordFile;

  @Option(
      names = "--behind-tls",
      description =
          "A TLS proxy fronts this server: allows --allow-update on a non-loopback --host.")
  boolean behindTls;

  @Option(
      names = "--allow-service",
      paramLabel = "HOST",
      split = ",",
      description =
          "Hosts that SERVICE in a query (and LOAD in an update) may fetch from (default: none).")
  List<String> serviceHosts = List.of();

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      split = ",",
      description =
          "Origins (https://example.org) whose browser scripts may query the endpoint (default:"
              + " none).")
  List<String> corsOrigins = List.of();

  @Option(
      names = "--query-timeout",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description = "Cancel a query or update after this long (default: ${DEFAULT-VALUE}).")
  java.time.Duration queryTimeout;

  @Option(
      names = "--max-request-bytes",
      defaultValue = "1048576",
      description = "Largest request body or query string accepted (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(
      names = "--max-result-bytes",
      defaultValue = "268435456",
      description =
          "Largest response sent to a client without credentials; past it the response is cut off"
              + " and its query cancelled (default: ${DEFAULT-VALUE}, 256 MiB).")
  long maxResultBytes;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A Fuseki configuration (docker/fuseki/config.ttl is ours) naming the dataset, its TDB2"
              + " location and query timeout; it must set tdb2:unionDefaultGraph true. Not with"
              + " --db.")
  Path config;

  @Option(
      names = "--create",
      description =
          "Serve a new empty store when --db holds none (to fill with --allow-update); without it"
              + " a missing store is an error, so a mistyped --db is not served empty.")
  boolean create;

  @Option(names = "--stats", description = "Serve Fuseki's /$/stats and /$/metrics.")
  boolean stats;

  @Option(
      names = "--allow-dump",
      description =
          "Answer a plain GET of /kamergraph with the whole store (ask for application/n-quads: it"
              + " streams); bounded by --max-result-bytes for clients without credentials.")
  boolean allowDump;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ServerPolicy policy =
        ServerPolicy.defaults()
            .withHost(host)
            .withPort(port)
            .withUpdates(allowUpdate, Optional.ofNullable(passwordFile), behindTls)
            .withServiceHosts(Set.copyOf(serviceHosts))
            .withCorsOrigins(corsOrigins)
            .withQueryTimeout(queryTimeout)
            .withMaxRequestBytes(maxRequestBytes)
            .withMaxResultBytes(maxResultBytes)
            .withStats(stats)
            .withDump(allowDump);
    String name = KamergraphServer.DATASET.substring(1);
    if (config != null) {
      var parsed = spec.commandLine().getParseResult();
      if (parsed.hasMatchedOption("--db")) {
        throw new UsageException("--config names the store: give --config or --db, not both");
      }
      FusekiConfig c = FusekiConfig.read(config);
      store.db = c.location();
      name = c.name();
      if (c.queryTimeout().isPresent() && !parsed.hasMatchedOption("--query-timeout")) {
        policy = policy.withQueryTimeout(c.queryTimeout().get());
      }
    }
    policy.check(); // before any build: a refused policy should not cost one
    if (inputs.isEmpty() && !create && !TdbStore.exists(store.db)) {
      throw new UsageException(
          "no store at "
              + store.db
              + ": build one with 'kamergraph build INPUT... --db "
              + store.db
              + "' (or 'kamergraph serve INPUT...'), or give --create to serve a new empty store");
    }
    try (TdbStore tdb = TdbStore.open(store.db)) {
      if (!inputs.isEmpty()
          && BuildCommand.load(err, common.verbose, build.toOptions(), tdb, inputs).failed() > 0) {
        err.println(
            "kamergraph: serving what was loaded; fix the files above and run again to add them");
      }
      try (KamergraphServer server =
          KamergraphServer.builder(tdb.dataset()).policy(policy).datasetName(name).start()) {
        String dataset = server.datasetUrl();
        err.printf(
            "SPARQL endpoint: %s/sparql   (Graph Store reads: %s/get; %s; Ctrl-C stops)%n",
            dataset,
            dataset,
            allowUpdate
                ? "updates at " + dataset + "/update for the users in " + passwordFile
                : "read-only");
        if (!policy.loopback()) {
          err.println(
              "kamergraph: listening on every interface: anyone who can reach port "
                  + server.port()
                  + " can query the store");
        }
        err.flush();
        server.join();
      }
    }
    return ExitCodes.OK;
  }
}
