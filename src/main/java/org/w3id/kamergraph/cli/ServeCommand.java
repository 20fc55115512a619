package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.serve.KamergraphServer;
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
      "Queries see all graphs as the default graph. Updates are off unless --allow-update."
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

  @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes.")
  boolean allowUpdate;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (TdbStore tdb = TdbStore.open(store.db)) {
      if (!inputs.isEmpty()
          && BuildCommand.load(err, common.verbose, build.toOptions(), tdb, inputs).failed() > 0) {
        err.println(
            "kamergraph: serving what was loaded; fix the files above and run again to add them");
      }
      try (KamergraphServer server =
          KamergraphServer.builder(tdb.dataset())
              .port(port)
              .host(host)
              .allowUpdate(allowUpdate)
              .start()) {
        err.printf(
            "SPARQL endpoint: http://%s:%d%s/sparql   (Graph Store: %s/data%s; Ctrl-C stops)%n",
            host,
            server.port(),
            KamergraphServer.DATASET,
            KamergraphServer.DATASET,
            allowUpdate ? ", updates allowed" : ", read-only");
        err.flush();
        server.join();
      }
    }
    return ExitCodes.OK;
  }
}
