package org.w3id.kamergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.kamergraph.AdversarialBench;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.ScaleBench;
import org.w3id.kamergraph.bench.AdversarialShapes;
import org.w3id.kamergraph.bench.CorpusGenerator;
import org.w3id.kamergraph.bench.ScaleReport;
import org.w3id.kamergraph.store.TdbGraphSink;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamergraph bench INPUT...}: the speed and memory benchmark. Speed targets live here, not
 * in timed unit tests: extraction throughput in memory, a full build into a fresh TDB2 store, and a
 * second (unchanged) build, each repeated, reporting the median.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure extraction and build speed and memory on INPUT.",
      "Documents and triples per second (median of --repeat runs), an unchanged rebuild, the peak heap."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders.")
  List<Path> inputs = List.of();

  @Option(
      names = "--generate",
      paramLabel = "N",
      description = "Write a synthetic corpus of N documents to --out instead (deterministic).")
  Integer generate;

  @Option(names = "--out", paramLabel = "DIR", description = "Where --generate writes.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of --generate (default: ${DEFAULT-VALUE}); same seed, same files.")
  long seed;

  @Option(
      names = "--scale",
      paramLabel = "DIR",
      description =
          "The scale benchmark on the corpus in DIR: extraction, build next to Jena's bulk loader,"
              + " sizes, heap, rebuilds, every library query over HTTP; needs --work.")
  Path scale;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "New or empty folder for --scale's copy of the corpus, stores and logs.")
  Path work;

  @Option(
      names = "--heap",
      defaultValue = "2g",
      description = "Maximum heap of the builds --scale runs (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(
      names = "--adversarial",
      description =
          "The linear-time benchmark instead: every adversarial shape through the whole pipeline"
              + " at each of --sizes, with the growth from one size to the next.")
  boolean adversarial;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "10K,100K,1M,10M",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "Characters per --adversarial run, ascending (K and M are 1,024 and 1,048,576;"
              + " default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--shape",
      paramLabel = "TEXT",
      description = "Only the --adversarial shapes whose name contains TEXT.")
  String shape;

  @Option(
      names = "--run-limit",
      defaultValue = "120s",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "An --adversarial run still going after this is abandoned and reported, and its shape"
              + " is not tried larger (default: ${DEFAULT-VALUE}).")
  Duration runLimit;

  @Mixin ThreadOptions threads;

  @Option(
      names = "--repeat",
      defaultValue = "5",
      description = "Runs per measurement (default: ${DEFAULT-VALUE}); one warm-up run first.")
  int repeat;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    int modes =
        (generate != null ? 1 : 0)
            + (scale != null ? 1 : 0)
            + (adversarial ? 1 : 0)
            + (inputs.isEmpty() ? 0 : 1);
    if (modes != 1) {
      throw new ParameterException(
          spec.commandLine(),
          "give exactly one of INPUT..., --generate N, --scale DIR or --adversarial");
    }
    if (adversarial) {
      return adversarial(out);
    }
    if (generate != null) {
      if (this.out == null || generate < 1) {
        throw new ParameterException(spec.commandLine(), "--generate needs N ≥ 1 and --out DIR");
      }
      CorpusGenerator.Summary s = new CorpusGenerator().generate(generate, seed, this.out);
      out.printf(
          "%d documents (%s) in %d zaken written to %s, each with its .gold.json%n",
          s.documents(), s.kinds(), s.zaken(), this.out);
      out.flush();
      return ExitCodes.OK;
    }
    if (scale != null) {
      if (work == null) {
        throw new ParameterException(spec.commandLine(), "--scale needs --work DIR");
      }
      ScaleReport report =
          new ScaleBench(Pipeline.standard())
              .run(
                  new ScaleBench.Options(scale, work, threads.threads(), repeat, heap),
                  spec.commandLine().getErr());
      out.print(report.markdown());
      out.printf("(also in %s)%n", work.resolve("report.md"));
      out.flush();
      return ExitCodes.OK;
    }
    Pipeline pipeline = Pipeline.standard();
    List<Path> files = pipeline.ingestor().collect(inputs);
    long[] quads = new long[1];
    Runnable extract =
        () -> {
          quads[0] = 0;
          for (Path f : files) {
            quads[0] += pipeline.process(f).graph().size();
          }
        };
    double extractMs = median(extract);
    out.printf(
        "extract  %d documents, %d triples: median %.0f ms = %.1f documents/s, %.0f triples/s%n",
        files.size(),
        quads[0],
        extractMs,
        files.size() / (extractMs / 1000),
        quads[0] / (extractMs / 1000));
    List<Double> builds = new ArrayList<>();
    List<Double> rebuilds = new ArrayList<>();
    // a round is a fresh build and an unchanged rebuild; the first warms up and is not counted
    Progress rounds = Progress.of("bench", "builds", spec.commandLine().getErr(), common.verbose);
    for (int i = 0; i <= repeat; i++) {
      Path dir = Files.createTempDirectory("kamergraph-bench");
      try (TdbStore store = TdbStore.open(dir)) {
        Build build = new Build(pipeline, Build.Options.defaults());
        Build.Listener quiet = new Build.Listener() {};
        long t0 = System.nanoTime();
        try (TdbGraphSink sink = new TdbGraphSink(store)) {
          build.run(inputs, sink, quiet);
        }
        long t1 = System.nanoTime();
        try (TdbGraphSink sink = new TdbGraphSink(store)) {
          build.run(inputs, sink, quiet);
        }
        long t2 = System.nanoTime();
        if (i > 0) {
          builds.add((t1 - t0) / 1e6);
          rebuilds.add((t2 - t1) / 1e6);
        }
      } finally {
        delete(dir);
      }
      rounds.step("round " + (i + 1) + (i == 0 ? " (warm-up)" : ""), "built", i + 1, repeat + 1);
    }
    rounds.close();
    perExtractor(pipeline, files, out);
    double build = median(builds);
    out.printf(
        "build    fresh TDB2 store: median %.0f ms = %.1f documents/s%n",
        build, files.size() / (build / 1000));
    out.printf("rebuild  unchanged: median %.0f ms%n", median(rebuilds));
    out.printf(
        "heap     peak %.0f MB (max %d MB)%n",
        peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return ExitCodes.OK;
  }

  private int adversarial(PrintWriter out) throws IOException, InterruptedException {
    List<Integer> ascending = new ArrayList<>(sizes);
    ascending.sort(null);
    if (!ascending.equals(sizes)
        || sizes.get(0) < 1
        || new HashSet<>(sizes).size() != sizes.size()) {
      throw new ParameterException(
          spec.commandLine(), "--sizes must be positive and ascending, e.g. 10K,100K,1M,10M");
    }
    List<AdversarialShapes.Shape> shapes =
        AdversarialShapes.all(new CorpusGenerator().answerText(seed)).stream()
            .filter(s -> shape == null || s.name().contains(shape))
            .toList();
    if (shapes.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no shape's name contains '" + shape + "'");
    }
    Path dir = Files.createTempDirectory("kamergraph-adversarial");
    try {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "%d shapes at %d sizes, each run limited to %d s:%n",
          shapes.size(), sizes.size(), runLimit.toSeconds());
      List<AdversarialBench.Row> rows =
          new AdversarialBench(Pipeline.standard(), dir, runLimit).run(shapes, sizes, err);
      out.print(AdversarialBench.markdown(rows, sizes));
      long slow = rows.stream().filter(r -> !r.linear()).count();
      out.printf(
          "%d of %d shapes linear (no step over %.0f× per tenfold size, every run within %d s)%n",
          rows.size() - slow,
          rows.size(),
          AdversarialBench.MAX_TENFOLD_GROWTH,
          runLimit.toSeconds());
      out.flush();
      return ExitCodes.OK;
    } finally {
      delete(dir);
    }
  }

  /** Where extraction time goes: each extractor over every document, median of the runs. */
  private void perExtractor(Pipeline pipeline, List<Path> files, PrintWriter out) {
    List<org.w3id.kamergraph.model.SourceDocument> docs = new ArrayList<>();
    files.forEach(f -> docs.add(pipeline.ingestor().ingest(f)));
    for (var e : pipeline.extractors().list()) {
      double ms =
          median(
              () -> {
                for (var d : docs) {
                  e.extract(
                      new org.w3id.kamergraph.extract.ExtractionContext(
                          d, pipeline.extractors().lexicon()),
                      new org.w3id.kamergraph.model.DocumentFacts.Builder(d));
                }
              });
      out.printf("  %-32s %7.1f ms%n", e.getClass().getSimpleName(), ms);
    }
  }

  private double median(Runnable r) {
    r.run();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      long t0 = System.nanoTime();
      r.run();
      times.add((System.nanoTime() - t0) / 1e6);
    }
    return median(times);
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    return s.isEmpty() ? 0 : s.get(s.size() / 2);
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
