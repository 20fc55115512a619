package org.w3id.kamergraph.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * Runs mutated documents through the whole pipeline (ingest, extract, resolve, rdf) and keeps what
 * must never happen: a throwable that is not one of kamergraph's own reports (which name the file
 * and say what is wrong), a document over its time budget, or a graph that does not read back as
 * valid N-Triples. Each such input is saved with its error, to become a regression fixture; the
 * slowest input so far is kept beside them as {@code slowest.<ext>}.
 *
 * <p>Deterministic for a given random seed: the same seed makes the same inputs in the same order.
 */
final class FuzzRun {
  /** A document to mutate: its bytes and the extension that decides how it is read. */
  record Seed(String origin, String extension, byte[] bytes) {}

  /** An input that broke a rule, and where it was saved. */
  record Finding(long index, String seed, String what, Path saved) {}

  /**
   * What a run did.
   *
   * @param inputs documents run
   * @param refused documents refused with kamergraph's own message (expected for hostile input)
   * @param findings inputs that broke a rule
   * @param slowest the longest any one input took
   * @param slowestSeed the seed that input was made from
   * @param slowestBytes its size
   */
  record Report(
      long inputs,
      long refused,
      List<Finding> findings,
      Duration slowest,
      String slowestSeed,
      int slowestBytes) {}

  private final Pipeline pipeline;
  private final List<Seed> seeds;
  private final List<Seed> sidecars;
  private final Duration budget;
  private final Path work;
  private final Path crashes;

  FuzzRun(
      Pipeline pipeline,
      List<Seed> seeds,
      List<Seed> sidecars,
      Duration budget,
      Path work,
      Path crashes) {
    this.pipeline = pipeline;
    this.seeds = List.copyOf(seeds);
    this.sidecars = List.copyOf(sidecars);
    this.budget = budget;
    this.work = work;
    this.crashes = crashes;
  }

  /**
   * {@code inputs} mutated documents of at most {@code maxBytes}, made from the seeds by a random
   * source seeded so.
   */
  Report run(long randomSeed, long inputs, int maxBytes) throws IOException {
    SplittableRandom random = new SplittableRandom(randomSeed);
    Mutator mutator = new Mutator(random, seeds.stream().map(Seed::bytes).toList(), maxBytes);
    Tally tally = new Tally();
    try {
      for (long i = 0; i < inputs; i++) {
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        byte[] input = mutator.mutate(seed.bytes());
        byte[] sidecar =
            !sidecars.isEmpty() && random.nextInt(10) == 0
                ? mutator.mutate(sidecars.get(random.nextInt(sidecars.size())).bytes())
                : null;
        tally.add(i, seed, input, sidecar);
        if ((i + 1) % 5_000 == 0) { // a run at length says how far it is
          System.out.printf(
              "fuzz: %,d of %,d inputs, %d findings, slowest %d ms%n",
              i + 1, inputs, tally.findings.size(), tally.slowest / 1_000_000);
        }
      }
    } finally {
      tally.worker.shutdownNow();
    }
    return tally.report(inputs);
  }

  /** Each seed once, as it is: the regression run over inputs that once broke a rule. */
  Report replay() throws IOException {
    Tally tally = new Tally();
    try {
      for (int i = 0; i < seeds.size(); i++) {
        tally.add(i, seeds.get(i), seeds.get(i).bytes(), null);
      }
    } finally {
      tally.worker.shutdownNow();
    }
    return tally.report(seeds.size());
  }

  /** Runs inputs one by one on a worker thread it replaces when one is late, and keeps count. */
  private final class Tally {
    ExecutorService worker = Executors.newSingleThreadExecutor(FuzzRun::daemon);
    final List<Finding> findings = new ArrayList<>();
    long refused;
    long slowest = -1;
    String slowestSeed = "";
    int slowestBytes;

    void add(long index, Seed seed, byte[] input, byte[] sidecar) throws IOException {
      Path dir = Files.createDirectories(work.resolve("input"));
      clear(dir);
      Path file = dir.resolve("kv-tk-2024Z00001." + seed.extension());
      Files.write(file, input);
      if (sidecar != null) {
        Files.write(dir.resolve("kv-tk-2024Z00001.metadata.xml"), sidecar);
      }
      long t0 = System.nanoTime();
      Future<Graph> result = worker.submit(() -> pipeline.process(file).graph());
      String problem = null;
      try {
        checkRoundTrip(result.get(budget.toMillis(), TimeUnit.MILLISECONDS));
      } catch (TimeoutException e) {
        problem = "took longer than " + budget.toMillis() + " ms";
        result.cancel(true);
        worker.shutdownNow(); // the late thread may not listen; a fresh one takes over
        worker = Executors.newSingleThreadExecutor(FuzzRun::daemon);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof KamergraphException) {
          refused++;
        } else {
          problem = stackTrace(e.getCause());
        }
      } catch (RoundTripException e) {
        problem = "its graph does not read back: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      long took = System.nanoTime() - t0;
      if (took > slowest) {
        slowest = took;
        slowestSeed = seed.origin();
        slowestBytes = input.length;
        Files.createDirectories(crashes);
        Files.write(crashes.resolve("slowest." + seed.extension()), input);
      }
      if (problem != null) {
        findings.add(
            new Finding(index, seed.origin(), problem, save(seed, input, sidecar, problem)));
      }
    }

    Report report(long inputs) {
      return new Report(
          inputs, refused, findings, Duration.ofNanos(slowest), slowestSeed, slowestBytes);
    }
  }

  /** The graph must be one any RDF client reads: written and parsed back with every check on. */
  private static void checkRoundTrip(Graph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, Lang.NTRIPLES);
    Graph back = GraphFactory.createDefaultGraph();
    try {
      RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NTRIPLES)
          .checking(true)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(back);
    } catch (RuntimeException e) {
      throw new RoundTripException(e.getMessage());
    }
    if (back.size() != graph.size()) {
      throw new RoundTripException(graph.size() + " triples written, " + back.size() + " read");
    }
  }

  private Path save(Seed seed, byte[] input, byte[] sidecar, String problem) throws IOException {
    String name = "crash-" + sha(input).substring(0, 12);
    Files.createDirectories(crashes);
    Path saved = crashes.resolve(name + "." + seed.extension());
    Files.write(saved, input);
    if (sidecar != null) {
      Files.write(crashes.resolve(name + ".metadata.xml"), sidecar);
    }
    Files.writeString(
        crashes.resolve(name + ".log"), "seed " + seed.origin() + "\n" + problem + "\n");
    return saved;
  }

  private static void clear(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter s = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(s));
    return s.toString();
  }

  private static String sha(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "fuzz-worker");
    t.setDaemon(true);
    return t;
  }

  /** Reads every seed under {@code dirs}: documents by extension, sidecars apart. */
  static List<Seed> seedsIn(List<Path> dirs, boolean sidecarsOnly) {
    List<Seed> out = new ArrayList<>();
    for (Path dir : dirs) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = p.getFileName().toString();
          boolean sidecar = name.endsWith(".metadata.xml");
          String ext = name.substring(name.lastIndexOf('.') + 1);
          boolean document =
              List.of("txt", "md", "html", "htm", "xml", "pdf").contains(ext)
                  && !name.equals("README.md")
                  && !name.startsWith("sru-");
          if (sidecar == sidecarsOnly && (sidecar || document)) {
            out.add(new Seed(dir.relativize(p).toString(), ext, Files.readAllBytes(p)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static final class RoundTripException extends RuntimeException {
    RoundTripException(String message) {
      super(message);
    }
  }
}
