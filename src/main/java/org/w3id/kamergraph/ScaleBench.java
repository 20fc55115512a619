package org.w3id.kamergraph;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.kamergraph.bench.ScaleReport;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.serve.KamergraphServer;
import org.w3id.kamergraph.store.FileGraphSink;
import org.w3id.kamergraph.store.QueryLibrary;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The scale benchmark: for one corpus, in one run, extraction throughput, a fresh {@code build}
 * next to Jena's phased bulk loader on the very same quads (time and size on disk), the build's
 * peak heap, an unchanged and a one-document rebuild, and every library query over HTTP. Builds run
 * as separate processes of the command line, as a user runs them, with the heap the target allows
 * ({@code -Xmx2g} by default), so a build that needed more would fail here; their peak heap is read
 * from the JVM's GC log. The queries go to a server in a process of its own too, started as the
 * launcher starts {@code serve} (its JVM options from {@link KamergraphServer#JVM_OPTIONS}) and
 * timed once it has counted its store. The input is copied first: the one-document rebuild changes
 * a file of the copy, never of the input.
 */
public final class ScaleBench {
  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern BUILD_TIME = Pattern.compile("\\((\\d+(?:\\.\\d+)?) s\\)\\s*$");

  /** The line {@code serve} prints once it listens (BenchScaleTest runs a server through it). */
  private static final Pattern ENDPOINT =
      Pattern.compile("^SPARQL endpoint: (http://\\S+)/sparql\\s");

  /**
   * @param input the corpus (a folder)
   * @param work where the copy, the stores and the logs go (created; must not exist or be empty)
   * @param threads extraction threads
   * @param runs timed runs per query (after one warm-up)
   * @param heap the builds' maximum heap ({@code 2g})
   */
  public record Options(Path input, Path work, int threads, int runs, String heap) {}

  private final Pipeline pipeline;

  public ScaleBench(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public ScaleReport run(Options o, PrintWriter log) throws IOException, InterruptedException {
    Path work = Files.createDirectories(o.work());
    try (Stream<Path> s = Files.list(work)) {
      if (s.findAny().isPresent()) {
        throw new KamergraphException(work + " is not empty: give a new or empty work folder");
      }
    }
    ScaleReport report = new ScaleReport();
    Path input = work.resolve("input");
    int files = copy(o.input(), input);
    report.info("input files (documents and sidecars)", String.valueOf(files));
    log.printf("copied %d files to %s%n", files, input);
    log.flush();

    // 1. extraction alone, into N-Quads: the quads both the loader and the build write
    Path nq = work.resolve("all.nq");
    long t0 = System.nanoTime();
    Build.Report extracted;
    try (FileGraphSink sink = FileGraphSink.open(nq, null)) {
      extracted =
          new Build(pipeline, new Build.Options(o.threads(), false))
              .run(List.of(input), sink, new Build.Listener() {});
    }
    double extractS = seconds(t0);
    int docs = extracted.added();
    report.info("documents extracted", docs + " (" + extracted.failed() + " failed)");
    report.info(
        "extraction (" + o.threads() + " threads)",
        fmt("%.1f s = %.0f documents/s", extractS, docs / extractS));
    log.printf("extracted %d documents in %.1f s%n", docs, extractS);
    log.flush();

    // 2. Jena's phased bulk loader on those quads
    Path loaderDb = work.resolve("loader-tdb2");
    long quads;
    settle();
    t0 = System.nanoTime();
    double loaderCpu0 = processCpuMs();
    try (TdbStore store = TdbStore.open(loaderDb)) {
      // the reference the issue names (tdb2.tdbloader --loader=phased), not the loader build uses
      DataLoader phased = LoaderFactory.phasedLoader(store.dataset(), (fmt, args) -> {});
      phased.startBulk();
      phased.load(nq.toString());
      phased.finishBulk();
      quads = phased.countQuads() + phased.countTriples();
    }
    double loaderS = seconds(t0);
    double loaderCpuS = (processCpuMs() - loaderCpu0) / 1000;
    long loaderBytes = size(loaderDb);
    report.info(
        "bulk loader (phased), same quads",
        fmt(
            "%d quads in %.1f s = %.0f quads/s, %s",
            quads, loaderS, quads / loaderS, mb(loaderBytes)));
    log.printf("loader: %d quads in %.1f s%n", quads, loaderS);
    log.flush();

    // 3. kamergraph build into a fresh store, as a process with the target heap
    Path db = work.resolve("tdb2");
    String[] build = {
      "build", input.toString(), "--db", db.toString(), "--threads", String.valueOf(o.threads())
    };
    settle();
    Child fresh = child(o, work, "build-fresh", build);
    double buildS = fresh.wallMs() / 1000;
    long buildBytes = size(db);
    report.check(
        "fresh build, wall (target ≤ 6 min at 60,000 documents)",
        fmt("%.1f s = %.0f documents/s", buildS, docs / buildS),
        fresh.ok() && buildS <= 360);
    report.check(
        "build throughput / loader's (target ≥ 0.8)",
        fmt(
            "%.0f quads/s / %.0f quads/s = %.2f",
            quads / buildS, quads / loaderS, loaderS / buildS),
        loaderS / buildS >= 0.8);
    // the build extracts and loads, the loader only loads: on this machine's cores the build
    // cannot take less than its CPU time shared over them, whatever the overlap
    int cores = Runtime.getRuntime().availableProcessors();
    double buildCpuS = fresh.cpuMs() / 1000;
    report.info(
        "CPU time, build / loader; the build's floor on " + cores + " cores (its CPU time / cores)",
        fmt(
            "%.0f CPU-s / %.0f CPU-s; floor %.0f s, so a throughput ratio of at most %.2f",
            buildCpuS, loaderCpuS, buildCpuS / cores, loaderS / (buildCpuS / cores)));
    report.check(
        "store size / loader's (target ≤ 1.3)",
        fmt("%s / %s = %.2f", mb(buildBytes), mb(loaderBytes), (double) buildBytes / loaderBytes),
        (double) buildBytes / loaderBytes <= 1.3);
    report.check(
        "build peak heap (GC log; run with -Xmx" + o.heap() + ", target ≤ 2 GB)",
        fmt("%d MB", fresh.peakHeapMb()),
        fresh.ok() && fresh.peakHeapMb() <= 2048);
    log.printf("build: %.1f s%n", buildS);
    log.flush();

    // 4. JVM start, an unchanged rebuild, one changed document: with the class-data archive the
    // launcher makes, as a user of ./kamergraph runs them (the changed file alone also without)
    List<String> cds = classData(o, work, input, report);
    Child plainVersion = child(o, work, List.of(), "version-plain", "--version");
    Child version = child(o, work, cds, "version", "--version");
    report.info(
        "JVM start (kamergraph --version), with the class-data archive / without",
        ScaleReport.ms(version.wallMs()) + " / " + ScaleReport.ms(plainVersion.wallMs()));
    // each small rebuild runs --repeat times and the median counts: one run of a second or two
    // moves by a few tenths between runs on these machines, as much as the figure's distance from
    // its target; the range is reported with it
    Runs unchanged = runs(o, work, cds, "build-unchanged", () -> {}, build);
    report.check(
        "unchanged rebuild, work after start-up (target < 30 s, wall)",
        unchanged.work(),
        unchanged.ok() && unchanged.wallMs() < 30_000);
    Path changed = firstText(input);
    Runs one = runs(o, work, cds, "build-one-changed", () -> change(input), build);
    report.check(
        "one changed document (" + changed.getFileName() + "), work after start-up (target < 1 s)",
        one.work(),
        one.ok() && one.buildMs() < 1000);
    String[] oneFile = {
      "build",
      "--keep-missing",
      changed.toString(),
      "--db",
      db.toString(),
      "--threads",
      String.valueOf(o.threads())
    };
    // a short build spends more CPU compiling hot code with the optimising compiler than that code
    // then saves (on two cores: 2.5 of 6 CPU-seconds of an unchanged 60,000-document rebuild); a
    // long one gains from it (extracting 60,000 documents took 1.6 times as long without): the
    // launcher runs a build of a few named files with the quick compiler only, so that is how a
    // user runs this one, and what the target is checked on
    List<String> quick = new ArrayList<>(cds);
    quick.add("-XX:TieredStopAtLevel=1");
    Runs alone = runs(o, work, quick, "build-one-file", () -> change(input), oneFile);
    report.check(
        "the changed file alone (build --keep-missing FILE, as the launcher runs it: class-data"
            + " archive, quick compiler only), work after start-up (target < 1 s)",
        alone.work(),
        alone.ok() && alone.buildMs() < 1000);
    Runs aloneTiered = runs(o, work, cds, "build-one-file-tiered", () -> change(input), oneFile);
    report.info(
        "the changed file alone, with the archive and both compilers (the JVM's default)",
        aloneTiered.work());
    Runs alonePlain =
        runs(o, work, List.of(), "build-one-file-plain", () -> change(input), oneFile);
    report.info(
        "the changed file alone, with neither (java -jar, default compilers)", alonePlain.work());
    // a watching build keeps the JVM, the extractors and the store loaded between builds: what a
    // change then costs is the build alone
    String[] watchArgs = java.util.Arrays.copyOf(build, build.length + 1);
    watchArgs[build.length] = "--watch";
    Runs watched = watching(o, work, cds, "build-watch", () -> change(input), watchArgs);
    report.check(
        "one changed document, whole folder, in a watching build (build --watch), work (target"
            + " < 1 s; wall = from the change to the build's summary, with the 200 ms the watch"
            + " waits for the inputs to be quiet)",
        watched.work(),
        watched.ok() && watched.buildMs() < 1000);
    // every plain-text document changed, as a new version of the extractors changes every graph:
    // the build writes the store anew (bulk, into TDB2's next data folder) instead of in place
    int rewritten = changeAll(input);
    settle();
    Child all = child(o, work, cds, "build-most-changed", build);
    long allBytes = size(db);
    report.check(
        "most documents changed ("
            + rewritten
            + " of "
            + docs
            + "), wall (target ≤ 6 min, as a first build)",
        fmt("%.1f s", all.wallMs() / 1000),
        all.ok() && all.wallMs() <= 360_000);
    report.check(
        "store after that / loader's (target ≤ 1.3)",
        fmt("%s / %s = %.2f", mb(allBytes), mb(loaderBytes), (double) allBytes / loaderBytes),
        (double) allBytes / loaderBytes <= 1.3);
    log.printf("rebuilds done%n");
    log.flush();

    // 5. every library query over HTTP, to a server of its own started as `kamergraph serve` is
    // (with the launcher's JVM options: a server that ran in this JVM measured this JVM's heap)
    List<String> serverJvm = new ArrayList<>(KamergraphServer.jvmOptions());
    report.info(
        "server JVM options (" + KamergraphServer.JVM_OPTIONS + ")", String.join(" ", serverJvm));
    serverJvm.add("-Xlog:gc:file=" + work.resolve("serve.gc.log"));
    Path serveLog = work.resolve("serve.log");
    // port 0: the server binds a free port itself and names it in the endpoint line it prints
    Process serving = start(serverJvm, serveLog, "serve", "--db", db.toString(), "--port", "0");
    try {
      String dataset = endpoint(serving, serveLog, Duration.ofMinutes(5));
      String url = dataset + "/sparql";
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      // the server counts its store for its description once after start (seconds at 60,000
      // documents, reading every index entry); queries timed during it measured the count as well
      long c0 = System.nanoTime();
      boolean counted =
          awaitCounted(serving, serveLog, http, dataset + "/void", Duration.ofMinutes(10));
      log.printf("description count %s after %.0f s%n", counted ? "done" : "not seen", seconds(c0));
      log.flush();
      // one pass over the whole library first: a freshly started server compiles its query engine
      // as it goes, and without the pass the queries measured first pay for that (documents per
      // zaak: 144 ms in its first ten runs, 59 ms afterwards); a server in use is warm
      for (QueryLibrary.Entry q : new QueryLibrary().all()) {
        query(http, url, q.text());
      }
      for (QueryLibrary.Entry q : new QueryLibrary().all()) {
        List<Double> times = new ArrayList<>();
        String failure = null;
        for (int i = 0; i <= o.runs() && failure == null; i++) {
          long q0 = System.nanoTime();
          failure = query(http, url, q.text());
          if (i > 0) {
            times.add((System.nanoTime() - q0) / 1e6);
          }
        }
        double p50 = ScaleReport.quantile(times, 0.5);
        double p99 = ScaleReport.quantile(times, 0.99);
        report.check(
            "query " + q.name() + " p50 / p99 (target < 100 ms / < 1 s)",
            failure != null
                ? "failed: " + failure
                : ScaleReport.ms(p50) + " / " + ScaleReport.ms(p99),
            failure == null && p50 < 100 && p99 < 1000);
        log.printf("query %s: p50 %.0f ms%n", q.name(), p50);
        log.flush();
      }
    } finally {
      serving.destroy(); // the server stops on SIGTERM as on Ctrl-C
      if (!serving.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        serving.destroyForcibly().waitFor();
      }
    }
    Files.writeString(work.resolve("report.md"), report.markdown());
    return report;
  }

  /**
   * A finished child process: wall time, the build's own reported time, its peak heap.
   *
   * @param cpuMs its CPU time (all threads), as last seen while it ran (polled every 100 ms)
   */
  private record Child(boolean ok, double wallMs, double buildMs, long peakHeapMb, double cpuMs) {}

  /** This JVM's CPU time so far, all threads; NaN where the JVM does not say. */
  private static double processCpuMs() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1e6
        : Double.NaN;
  }

  /** A change to the inputs made before a run. */
  private interface Change {
    void apply() throws IOException;
  }

  /** Runs of one command: the medians are the figures, the ranges say how noisy they were. */
  private record Runs(List<Child> children) {
    boolean ok() {
      return children.stream().allMatch(Child::ok);
    }

    double buildMs() {
      return median(children.stream().mapToDouble(Child::buildMs).sorted().toArray());
    }

    double wallMs() {
      return median(children.stream().mapToDouble(Child::wallMs).sorted().toArray());
    }

    /** The work after start-up: median, range, and the median wall time. */
    String work() {
      double[] b = children.stream().mapToDouble(Child::buildMs).sorted().toArray();
      return children.size() == 1
          ? fmt("%s (wall %s)", ScaleReport.ms(buildMs()), ScaleReport.ms(wallMs()))
          : fmt(
              "%s, median of %d (%s–%s; wall %s)",
              ScaleReport.ms(buildMs()),
              b.length,
              ScaleReport.ms(b[0]),
              ScaleReport.ms(b[b.length - 1]),
              ScaleReport.ms(wallMs()));
    }

    private static double median(double[] sorted) {
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
  }

  /** {@code o.runs()} runs of a command (at least one), each right after {@code before}. */
  private Runs runs(
      Options o, Path work, List<String> jvm, String name, Change before, String... args)
      throws IOException, InterruptedException {
    List<Child> out = new ArrayList<>();
    for (int i = 1; i <= Math.max(1, o.runs()); i++) {
      before.apply();
      out.add(child(o, work, jvm, name + "-" + i, args));
    }
    return new Runs(out);
  }

  private Child child(Options o, Path work, String name, String... args)
      throws IOException, InterruptedException {
    return child(o, work, List.of(), name, args);
  }

  /**
   * Makes the class-data archive the launcher makes (a rebuild of a few changed documents, its
   * loaded classes written at exit; see the {@code kamergraph} script) from the first documents of
   * the copy, and returns the JVM options that use it; none if it could not be made (reported).
   */
  private List<String> classData(Options o, Path work, Path input, ScaleReport report)
      throws IOException, InterruptedException {
    Path in = Files.createDirectories(work.resolve("class-data/input"));
    try (Stream<Path> s = Files.walk(input)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(20).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Path db = work.resolve("class-data/tdb2");
    Path archive = work.resolve("class-data/kamergraph.jsa");
    String[] build = {"build", in.toString(), "--db", db.toString()};
    Child first = child(o, work, List.of(), "class-data-first", build);
    change(in);
    Child record =
        child(
            o,
            work,
            List.of("-XX:ArchiveClassesAtExit=" + archive), // its warnings go to the log
            "class-data-record",
            build);
    if (!first.ok() || !record.ok() || !Files.exists(archive)) {
      // e.g. a class path with folders (tests run from target/classes): the JVM archives jars only
      report.info("class-data archive", "not made (see class-data-record.log); runs without");
      return List.of();
    }
    report.info("class-data archive", mb(Files.size(archive)));
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  private Child child(Options o, Path work, List<String> jvm, String name, String... args)
      throws IOException, InterruptedException {
    Path gc = work.resolve(name + ".gc.log");
    Path out = work.resolve(name + ".log");
    List<String> withGcLog = new ArrayList<>(jvm);
    withGcLog.add("-Xlog:gc:file=" + gc);
    long t0 = System.nanoTime();
    Process p = start(o, withGcLog, out, args);
    double cpu = Double.NaN;
    while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      // a process's CPU time can be read only while it runs: the last reading misses < 100 ms
      Optional<Duration> used = p.toHandle().info().totalCpuDuration();
      if (used.isPresent()) {
        cpu = used.get().toNanos() / 1e6;
      }
    }
    int exit = p.exitValue();
    double wall = (System.nanoTime() - t0) / 1e6;
    List<Double> times = buildTimes(out);
    double buildMs = times.isEmpty() ? Double.NaN : times.get(times.size() - 1);
    long peak = 0;
    if (Files.exists(gc)) {
      for (String line : Files.readAllLines(gc)) {
        Matcher m = GC_HEAP.matcher(line);
        while (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
      }
    }
    return new Child(exit == 0, wall, buildMs, peak, cpu);
  }

  /**
   * Starts {@code kamergraph args} in a JVM of its own with the target heap and {@code jvm}'s
   * options, as a user runs the command line; its output and errors go to {@code out}.
   */
  private static Process start(Options o, List<String> jvm, Path out, String... args)
      throws IOException {
    List<String> withHeap = new ArrayList<>(jvm);
    withHeap.add("-Xmx" + o.heap());
    return start(withHeap, out, args);
  }

  /** Starts {@code kamergraph args} in a JVM of its own with {@code jvm}'s options. */
  private static Process start(List<String> jvm, Path out, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.w3id.kamergraph.cli.Main");
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
  }

  /**
   * Starts {@code build --watch}, waits for its first build, then makes {@code o.runs()} changes
   * one after another, each timed from the change to the summary line of the build it sets off;
   * stops the watch (as Ctrl-C does) at the end.
   */
  private Runs watching(
      Options o, Path work, List<String> jvm, String name, Change change, String... args)
      throws IOException, InterruptedException {
    Path out = work.resolve(name + ".log");
    Process p = start(o, jvm, out, args);
    List<Child> runs = new ArrayList<>();
    try {
      boolean ok = awaitLines(p, out, "watching ", 1, Duration.ofMinutes(10));
      for (int i = 1; ok && i <= Math.max(1, o.runs()); i++) {
        settle();
        long t0 = System.nanoTime();
        change.apply();
        ok = awaitLines(p, out, ", links +", i + 1, Duration.ofMinutes(2));
        double wall = (System.nanoTime() - t0) / 1e6;
        List<Double> works = buildTimes(out);
        runs.add(new Child(ok, wall, ok ? works.get(works.size() - 1) : Double.NaN, 0, Double.NaN));
      }
      if (!ok) {
        runs.add(new Child(false, Double.NaN, Double.NaN, 0, Double.NaN));
      }
    } finally {
      p.destroy(); // SIGTERM: the watch stops as on Ctrl-C
      if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
    }
    return new Runs(runs);
  }

  /**
   * Waits until {@code out} holds {@code n} lines containing {@code text}; false if it never does.
   */
  private static boolean awaitLines(Process p, Path out, String text, int n, Duration limit)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (Files.readAllLines(out).stream().filter(l -> l.contains(text)).count() >= n) {
        return true;
      }
      if (!p.isAlive()) {
        return false;
      }
      Thread.sleep(5);
    }
    return false;
  }

  /** The work figures of the builds' summary lines, in order. */
  private static List<Double> buildTimes(Path out) throws IOException {
    List<Double> times = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      Matcher m = BUILD_TIME.matcher(line);
      if (m.find()) {
        times.add(Double.parseDouble(m.group(1)) * 1000);
      }
    }
    return times;
  }

  /** Appends a sentence to the first plain-text document of the copy. */
  private static Path change(Path input) throws IOException {
    Path first = firstText(input);
    Files.writeString(
        first,
        Files.readString(first) + "\nDeze tekst is gewijzigd voor de benchmark.\n",
        StandardCharsets.UTF_8);
    return first;
  }

  /** The first plain-text document of the copy: the one {@link #change} changes. */
  private static Path firstText(Path input) throws IOException {
    try (Stream<Path> s = Files.walk(input)) {
      return s.filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .findFirst()
          .orElseThrow(() -> new KamergraphException(input + " holds no .txt document to change"));
    }
  }

  /** Adds a line to every .txt and .md document; returns how many. */
  private static int changeAll(Path input) throws IOException {
    int n = 0;
    try (Stream<Path> s = Files.walk(input)) {
      for (Path p :
          s.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList()) {
        Files.writeString(
            p,
            "\nOok deze tekst is gewijzigd.\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        n++;
      }
    }
    return n;
  }

  /**
   * The dataset URL of a server started with {@code --port 0}, from the endpoint line it prints
   * once it listens.
   *
   * @throws KamergraphException when the server stopped or printed no such line in time
   */
  private static String endpoint(Process p, Path log, Duration max)
      throws IOException, InterruptedException {
    if (awaitLines(p, log, "SPARQL endpoint: ", 1, max)) {
      for (String line : Files.readAllLines(log)) {
        Matcher m = ENDPOINT.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    throw new KamergraphException(
        (p.isAlive() ? "the server named no endpoint within " + max : "the server stopped")
            + "; see "
            + log);
  }

  /**
   * Waits until the server's VoID description gives the store's size ({@code void:triples}: the
   * server has counted its store); false when {@code max} passed first.
   *
   * @throws KamergraphException when the server ended first (its log says why)
   */
  private static boolean awaitCounted(
      Process p, Path log, HttpClient http, String voidUrl, Duration max)
      throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(voidUrl))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/n-triples")
            .build();
    while (System.nanoTime() < end) {
      if (!p.isAlive()) {
        throw new KamergraphException(
            "the server stopped (exit " + p.exitValue() + "); see " + log);
      }
      try {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("<http://rdfs.org/ns/void#triples>")) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** Null when the query answered 200, else what went wrong. */
  private static String query(HttpClient http, String url, String query)
      throws InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/csv")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static int copy(Path from, Path to) throws IOException {
    int n = 0;
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
          n++;
        }
      }
    }
    return n;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  /**
   * Writes what earlier steps left in the page cache to disk before a timed step, so the loader and
   * the build do not pay for each other's writes (the loader leaves gigabytes dirty just before the
   * build starts). Where there is no {@code sync} command, nothing is done.
   */
  private static void settle() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
    } catch (IOException e) {
      // no sync here: the figures are noisier, not wrong
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String mb(long bytes) {
    return fmt("%.1f MB", bytes / 1048576.0);
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
