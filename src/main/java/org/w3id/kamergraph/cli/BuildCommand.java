package org.w3id.kamergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.store.EndpointGraphSink;
import org.w3id.kamergraph.store.SparqlEndpoint;
import org.w3id.kamergraph.store.TdbGraphSink;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamergraph build INPUT... [--db DIR | --endpoint URL]}: extract and load into TDB2 or a
 * standalone SPARQL server.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Extract documents and load them into a TDB2 store, one named graph per document.",
      "The store mirrors the inputs: new and changed documents are (re)built, unchanged ones skipped,"
          + " documents whose files are gone removed (--keep-missing keeps them).",
      "The whole build is one transaction: a reader, or a build that is killed, sees the store"
          + " before or after it, never in between.",
      "With --endpoint, writes to a standalone Fuseki instead: each document graph whole, new ones in"
          + " bulk; a build that was interrupted is completed by running it again.",
      "With --watch, stays running and builds again whenever the inputs change."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;
  @Mixin BuildOptions build;
  @Mixin EndpointOptions endpoint;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders (.txt .md .html .htm .pdf .xml).")
  List<Path> inputs;

  @Option(
      names = "--compact",
      description =
          "Compact the store afterwards: TDB2 is copy-on-write and keeps old blocks until compacted.")
  boolean compact;

  @Option(
      names = "--no-text-index",
      description =
          "Do not keep the full-text index up to date during this build (it stays as it was; the"
              + " next command that opens the store with it brings it up to date from the store).")
  boolean noTextIndex;

  @Option(
      names = "--watch",
      description =
          "After the build, keep watching the inputs and build again whenever a document in them is"
              + " added, changed or removed. The extractors and the store stay loaded, so a rebuild"
              + " that finds one document changed takes a fraction of a second. Stop with Ctrl-C"
              + " (a build under way finishes first).")
  boolean watch;

  /** How long the inputs must be quiet after a change before the watch builds. */
  static final Duration QUIET = Duration.ofMillis(200);

  /**
   * At most this many documents changed on their own are built alone; more (a day's harvest copied
   * in) take the whole build, which can load in bulk and relink in full.
   */
  static final int FEW_CHANGES = 50;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (watch && compact) {
      throw new ParameterException(
          spec.commandLine(), "--compact does not apply to --watch: compact once it is stopped");
    }
    // a watch stopped by Ctrl-C lets its build finish and the store close before the JVM exits
    CountDownLatch closed = new CountDownLatch(1);
    try {
      Pipeline pipeline = Pipeline.standard();
      if (endpoint.isSet()) {
        for (String local : List.of("--db", "--compact", "--no-text-index")) {
          if (spec.commandLine().getParseResult().hasMatchedOption(local)) {
            throw new ParameterException(
                spec.commandLine(), "--endpoint writes to a server: " + local + " does not apply");
          }
        }
        SparqlEndpoint server = endpoint.endpoint(spec);
        return buildAndWatch(
            pipeline,
            Optional.empty(),
            closed,
            (files, how) -> {
              try (EndpointGraphSink sink = new EndpointGraphSink(server)) {
                return BuildRun.run(pipeline, err, common.verbose, how, files, sink);
              }
            });
      }
      try (TdbStore tdb = TdbStore.open(store.db, !noTextIndex)) {
        int exit =
            buildAndWatch(
                pipeline,
                Optional.of(store.db),
                closed,
                (files, how) -> {
                  try (TdbGraphSink sink = new TdbGraphSink(tdb)) {
                    return BuildRun.run(pipeline, err, common.verbose, how, files, sink);
                  }
                });
        if (compact) {
          tdb.compact();
        }
        return exit;
      }
    } finally {
      closed.countDown();
    }
  }

  /**
   * Builds once; with {@code --watch}, then again after each change to the inputs until the JVM is
   * asked to stop (Ctrl-C, SIGTERM): a shutdown hook then ends the watch, and waits until the build
   * under way has finished and the store is closed ({@code closed}). The watching thread is never
   * interrupted for it: an interrupt closes the file channels the store is written through. The
   * first build fails the command as without {@code --watch}; a later one that fails is reported
   * and the watch goes on, the store as it was before it.
   */
  private int buildAndWatch(
      Pipeline pipeline,
      Optional<Path> storeFolder,
      CountDownLatch closed,
      BiFunction<List<Path>, Build.Options, Build.Report> builds) {
    Build.Options options = build.toOptions();
    if (!watch) {
      return builds.apply(inputs, options).failed() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    // documents that changed on their own are built as named files are: only their stored hashes
    // are read and the rest of the store is left as it is, links brought up to date for them
    Build.Options only =
        new Build.Options(options.threads(), true, options.documentTimeout(), false);
    PrintWriter err = spec.commandLine().getErr();
    try (InputWatch w = new InputWatch(inputs, pipeline.ingestor(), storeFolder, QUIET)) {
      Thread stop = new Thread(() -> stop(w, closed), "kamergraph-watch-stop");
      Runtime.getRuntime().addShutdownHook(stop);
      try {
        // watched from before the first build: a change while it runs is built next
        builds.apply(inputs, options);
        err.printf(
            "kamergraph: watching %d folder%s for changes to the inputs; stop with Ctrl-C%n",
            w.folders(), w.folders() == 1 ? "" : "s");
        err.flush();
        for (Optional<InputWatch.Change> changed = w.awaitChange();
            changed.isPresent();
            changed = w.awaitChange()) {
          InputWatch.Change c = changed.get();
          boolean alone = !c.whole() && c.documents().size() <= FEW_CHANGES;
          if (common.verbose) {
            err.println(
                "kamergraph: "
                    + (alone
                        ? "changed: " + c.documents()
                        : "inputs changed; building them whole, as without --watch"));
          }
          try {
            if (alone) {
              builds.apply(List.copyOf(c.documents()), only);
            } else {
              builds.apply(inputs, options);
            }
          } catch (KamergraphException e) {
            err.println(
                "kamergraph: " + e.getMessage() + "; the store is as it was, still watching");
            err.flush();
          }
        }
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it waits for the store to be closed
        }
      }
    } catch (IOException e) {
      throw new KamergraphException(
          "cannot watch the inputs ("
              + e.getMessage()
              + "); on Linux, a large tree may need a higher fs.inotify.max_user_watches",
          e);
    }
    err.println("kamergraph: watch stopped");
    err.flush();
    return ExitCodes.OK;
  }

  /** Ends the watch and waits (boundedly) for its last build to finish and the store to close. */
  private static void stop(InputWatch watch, CountDownLatch closed) {
    try {
      watch.close();
      closed.await(5, TimeUnit.MINUTES);
    } catch (IOException e) {
      // the watch could not be closed: the JVM stops without waiting for it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Builds inputs into the store and prints what happened; shared with {@code serve}. */
  static Build.Report load(
      java.io.PrintWriter err,
      boolean verbose,
      Build.Options options,
      TdbStore tdb,
      List<Path> inputs) {
    try (TdbGraphSink sink = new TdbGraphSink(tdb)) {
      return BuildRun.run(err, verbose, options, inputs, sink);
    }
  }
}
