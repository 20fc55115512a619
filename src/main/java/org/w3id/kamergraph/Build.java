package org.w3id.kamergraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kamergraph.ingest.DocumentInputs;
import org.w3id.kamergraph.ingest.FileListing;
import org.w3id.kamergraph.ingest.Ingestor;
import org.w3id.kamergraph.link.LinkDelta;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.link.Touched;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.rdf.GraphDigest;
import org.w3id.kamergraph.store.GraphSink;

/**
 * A build, assembled in one place for {@code build}, {@code extract}, {@code serve} and {@code
 * bench}: input files → the document graphs a sink does not hold yet → the derived links → commit.
 *
 * <ol>
 *   <li>Inputs are collected and grouped by document id ({@link DocumentInputs}); a document in two
 *       formats is built from the better one, two files of one rank are a conflict.
 *   <li>Each file is fingerprinted from its bytes (or its size and time, as last seen); a document
 *       whose fingerprint the sink already holds is skipped without being read as its format. Into
 *       an empty sink nothing is fingerprinted ahead: extraction hashes what it reads.
 *   <li>When most documents changed, the sink is asked to start over ({@link GraphSink#startOver}):
 *       the documents kept as they are come across from what it held, the rest are written anew.
 *   <li>The rest are extracted on {@link Options#threads()} threads and handed to the sink in input
 *       order, so the output is the same whatever the thread count.
 *   <li>Documents the sink holds but the inputs no longer have are removed, unless {@link
 *       Options#keepMissing()}.
 *   <li>The derived graphs are updated for what changed (or recomputed when most of the store
 *       changed), and the sink commits.
 * </ol>
 *
 * A file that fails is reported to the {@link Listener} and the batch goes on; the sink keeps what
 * it held for that document. Reusable and thread-safe between runs; one run at a time per sink.
 */
public final class Build {
  private static final Logger LOG = LoggerFactory.getLogger(Build.class);

  /** When more than this share of the stored documents changed, links are recomputed in full. */
  private static final double FULL_RELINK_SHARE = 0.2;

  /**
   * When more than this share of the documents a build leaves in a store changed (a new version of
   * the extractors changes them all), the store is written anew with the bulk loader ({@link
   * GraphSink#startOver}) instead of in place: at 60,000 documents, replacing them all in place
   * took twice as long as a first build and left a store 2.7 times the size.
   */
  private static final double START_OVER_SHARE = 0.5;

  private final Pipeline pipeline;
  private final Options options;
  private final Linking linking = new Linking();

  /**
   * @param threads extraction threads (at least 1)
   * @param keepMissing keep stored documents whose files are no longer among the inputs
   * @param documentTimeout how long one document may take to extract before it is reported and
   *     skipped
   * @param verifyGraphs check every stored document graph against its {@code kg:graphDigest}, not
   *     only those the server's write API touched (for stores other tools write to; reads the whole
   *     store)
   */
  public record Options(
      int threads, boolean keepMissing, Duration documentTimeout, boolean verifyGraphs) {
    /** The default time one document may take. */
    public static final Duration DEFAULT_DOCUMENT_TIMEOUT = Duration.ofSeconds(10);

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      if (documentTimeout.isNegative() || documentTimeout.isZero()) {
        throw new IllegalArgumentException("the document timeout must be positive");
      }
    }

    /** Checking only the graphs written outside a build. */
    public Options(int threads, boolean keepMissing, Duration documentTimeout) {
      this(threads, keepMissing, documentTimeout, false);
    }

    /** With the default document timeout. */
    public Options(int threads, boolean keepMissing) {
      this(threads, keepMissing, DEFAULT_DOCUMENT_TIMEOUT);
    }

    /** One thread per core, and the store mirrors the inputs. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), false);
    }
  }

  /** Told what happens, from the thread that runs the build. */
  public interface Listener {
    /** A file that could not be built; the rest of the batch goes on. */
    default void failed(Path file, Throwable error) {}

    /** Something the user should know that is not a failure (a file shadowed by another). */
    default void warning(String message) {}

    /**
     * After each document extracted and handed to the sink (or failed): what became of it ({@code
     * added}, {@code replaced}, {@code failed}), {@code done} of {@code total} to extract.
     */
    default void progress(Path file, String outcome, int done, int total) {}
  }

  /** What a build did. */
  public record Report(
      int added,
      int replaced,
      int unchanged,
      int removed,
      int failed,
      int referenceGraphsChanged,
      long quadsWritten,
      boolean fullRelink,
      int linkTriplesAdded,
      int linkTriplesRemoved) {
    /** Documents written (added or replaced). */
    public int written() {
      return added + replaced;
    }

    /** Whether the sink changed at all. */
    public boolean changed() {
      return written() + removed + referenceGraphsChanged + linkTriplesAdded + linkTriplesRemoved
          > 0;
    }
  }

  public Build(Pipeline pipeline, Options options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /**
   * Builds {@code inputs} into {@code sink} and commits. On an exception the sink is aborted.
   *
   * @throws KamergraphException if the inputs hold no document at all, or the sink fails
   */
  public Report run(List<Path> inputs, GraphSink sink, Listener listener) {
    Ingestor ingestor = pipeline.ingestor();
    Phases phases = new Phases();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    ExecutorService scanner = Executors.newSingleThreadExecutor(daemonThreads());
    try {
      // the cache pays off over folders of thousands of files; for files named one by one (the
      // changed ones, with --keep-missing) reading them costs less than reading the cache
      // it is read while the folders are listed (each takes a fraction of a second at 60,000)
      Optional<Path> cacheFile =
          inputs.stream().anyMatch(Files::isDirectory) ? sink.fingerprintCache() : Optional.empty();
      Future<Optional<FingerprintCache>> caching =
          pool.submit(() -> cacheFile.map(FingerprintCache::load));
      // what the inputs hold and what the sink holds are read at the same time: on a large
      // corpus each takes seconds, and they do not depend on each other
      // into an empty sink every document is extracted anyway, and extraction hashes each file as
      // it reads it: a separate pass reading every file first would only cost time
      boolean fresh = sink.startsEmpty();
      Future<Scan> scanning = scanner.submit(() -> scan(ingestor, inputs, pool, caching, !fresh));
      try {
        Map<String, String> stored;
        Scan scan;
        if (options.keepMissing()) {
          // the store keeps what the inputs do not name: only their hashes are needed
          scan = joinScanning(scanning);
          phases.done("inputs: " + scan.files() + " files");
          stored = sink.storedHashes(scan.prints().stream().map(Fingerprint::iri).toList());
          phases.done("stored hashes of those (" + stored.size() + ")");
        } else {
          try {
            stored = sink.storedHashes();
          } finally {
            phases.done("stored hashes, while listing and fingerprinting the inputs");
          }
          scan = joinScanning(scanning);
          phases.done("inputs: " + scan.files() + " files");
        }
        Optional<FingerprintCache> cache = joinScanning(caching);
        Set<String> outside = sink.writtenOutsideBuilds();
        boolean derivedChanged = repairable(sink, stored, outside, listener);
        DocumentInputs selected = scan.selected();
        List<Fingerprint> prints = scan.prints();
        selected
            .shadowed()
            .forEach(
                (f, winner) ->
                    listener.warning(
                        f + ": not built; " + winner + " is the same document in a better format"));
        selected.conflicts().forEach(c -> listener.failed(c.file(), c));
        int failed = selected.conflicts().size();
        Set<String> keep = new HashSet<>(); // documents the store keeps as they are
        selected.conflictingIds().forEach(id -> keep.add(pipeline.documentIri(id)));
        List<Fingerprint> todo = new ArrayList<>();
        int unchanged = 0;
        for (Fingerprint p : prints) {
          keep.add(p.iri());
          if (p.error() != null) {
            failed++;
            listener.failed(p.file(), p.error());
          } else if (p.hash() != null && p.hash().equals(stored.get(p.iri()))) {
            unchanged++;
          } else {
            todo.add(p);
          }
        }
        List<String> missing =
            options.keepMissing()
                ? List.of()
                : stored.keySet().stream().filter(iri -> !keep.contains(iri)).sorted().toList();
        boolean startOver = startOver(sink, stored, outside, todo, unchanged, keep);
        if (startOver) {
          phases.done("started over, the documents kept carried over");
        }
        Map<String, org.apache.jena.graph.Graph> referenceGraphs = pipeline.reference().graphs();
        phases.done("reference data read");
        ReferenceWrites reference = references(sink, referenceGraphs, outside);
        int referenceChanged = reference.graphs();
        phases.done("reference graphs compared with the store's");
        boolean unfinished = sink.unfinished();
        if (todo.isEmpty()
            && missing.isEmpty()
            && referenceChanged == 0
            && reference.digests() == 0
            && !unfinished
            && !derivedChanged) {
          sink.abort(); // nothing to write: leave the store untouched
          cache.ifPresent(c -> save(c, options.keepMissing(), listener));
          return new Report(0, 0, unchanged, 0, failed, 0, 0, false, 0, 0);
        }
        boolean fullRelink =
            startOver
                || unfinished
                || derivedChanged // links or statistics written outside a build
                || sink.startedEmpty()
                || referenceChanged > 0 // every derived graph may read them
                || (!options.keepMissing()
                    && todo.size() + missing.size() > FULL_RELINK_SHARE * stored.size());
        List<Touched> touched = new ArrayList<>();
        int[] counts = new int[3]; // added, replaced, failed
        long quads =
            extract(
                todo,
                pool,
                sink,
                stored,
                startOver,
                fullRelink,
                touched,
                counts,
                listener,
                cache,
                scan.listing());
        phases.done("extraction of " + todo.size());
        for (String iri : startOver ? List.<String>of() : missing) { // not carried over
          if (!fullRelink) {
            touched.add(new Touched(iri, before(sink, iri)));
          }
          sink.remove(iri);
          LOG.debug("{}: removed, its file is no longer among the inputs", iri);
        }
        int[] links = link(sink, fullRelink, touched);
        phases.done(fullRelink ? "linking (full)" : "linking (" + touched.size() + " touched)");
        sink.commit();
        phases.done("commit");
        cache.ifPresent(c -> save(c, options.keepMissing(), listener));
        phases.done("file fingerprints saved");
        return new Report(
            counts[0],
            counts[1],
            unchanged,
            missing.size(),
            failed + counts[2],
            referenceChanged,
            quads,
            fullRelink,
            links[0],
            links[1]);
      } catch (RuntimeException | Error e) {
        sink.abort();
        throw e;
      }
    } finally {
      scanner.shutdownNow();
      pool.shutdownNow();
    }
  }

  /**
   * Whether the sink starts over ({@link #START_OVER_SHARE}); if it does, every stored document in
   * {@code keep} that is not to be extracted again is carried over (reading a graph back costs a
   * fraction of extracting it again).
   */
  private boolean startOver(
      GraphSink sink,
      Map<String, String> stored,
      Set<String> outside,
      List<Fingerprint> todo,
      int unchanged,
      Set<String> keep) {
    boolean many =
        !sink.startedEmpty()
            && !options.keepMissing()
            && outside.isEmpty()
            && todo.size() > START_OVER_SHARE * (todo.size() + unchanged);
    if (!many
        || !sink.startOver(
            iri ->
                stored.containsKey(iri)
                    || pipeline.reference().graphs().containsKey(iri)
                    || Linking.derivedGraphs().contains(iri))) {
      return false;
    }
    LOG.debug(
        "{} of {} documents changed: the store is written anew",
        todo.size(),
        todo.size() + unchanged);
    Set<String> kept = new java.util.TreeSet<>(keep);
    todo.forEach(p -> kept.remove(p.iri()));
    kept.stream().filter(stored::containsKey).forEach(sink::carryOver);
    return true;
  }

  /**
   * Recomputes the links (all of them, or those of the touched documents) and hands the changes to
   * the sink; returns how many link triples were added and removed. The deltas are dropped before
   * the sink commits: at 60,000 documents they hold 700,000 triples the commit has no use for.
   */
  private int[] link(GraphSink sink, boolean fullRelink, Collection<Touched> touched) {
    List<LinkDelta> deltas =
        fullRelink ? linking.full(sink.linkView()) : linking.update(sink.linkView(), touched);
    long start = System.nanoTime();
    int[] counts = new int[2];
    for (LinkDelta d : deltas) {
      if (!d.isEmpty()) {
        sink.apply(d);
        counts[0] += d.added().size();
        counts[1] += d.removed().size();
      }
    }
    LOG.debug("links written: {} ms", (System.nanoTime() - start) / 1_000_000);
    return counts;
  }

  /** What the inputs hold: how many files, the one chosen per document id, their fingerprints. */
  private record Scan(
      int files, DocumentInputs selected, List<Fingerprint> prints, FileListing listing) {}

  private Scan scan(
      Ingestor ingestor,
      List<Path> inputs,
      ExecutorService pool,
      Future<Optional<FingerprintCache>> caching,
      boolean fingerprint) {
    FileListing listing = ingestor.list(inputs);
    List<Path> files = listing.files();
    if (files.isEmpty()) {
      throw new KamergraphException(
          "no documents found in "
              + inputs
              + " (looked for "
              + String.join(", ", ingestor.supportedExtensions())
              + ")");
    }
    DocumentInputs selected = DocumentInputs.select(files);
    List<Fingerprint> prints =
        fingerprint
            ? fingerprints(selected, listing, pool, joinScanning(caching))
            : selected.chosen().entrySet().stream()
                .map(
                    e ->
                        new Fingerprint(e.getValue(), pipeline.documentIri(e.getKey()), null, null))
                .toList();
    return new Scan(files.size(), selected, prints, listing);
  }

  /** The task's result; its own exceptions (no documents, an unreadable folder) as they were. */
  private static <T> T joinScanning(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KamergraphException("the build was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new KamergraphException("reading the inputs failed: " + e.getCause(), e.getCause());
    }
  }

  /** Where a build's time goes, logged at debug level ({@code -v}). */
  private static final class Phases {
    private long last = System.nanoTime();

    void done(String what) {
      long now = System.nanoTime();
      LOG.debug("{}: {} ms", what, (now - last) / 1_000_000);
      last = now;
    }
  }

  /** A chosen input: its content hash ({@code null} when not fingerprinted ahead of extraction). */
  private record Fingerprint(Path file, String iri, String hash, InputException error) {}

  private static void save(FingerprintCache cache, boolean keepUnused, Listener listener) {
    try {
      cache.save(keepUnused);
    } catch (IOException e) {
      listener.warning(
          cache.file()
              + ": cannot save the file fingerprints ("
              + e.getMessage()
              + "); the next"
              + " build reads every file again");
    }
  }

  private List<Fingerprint> fingerprints(
      DocumentInputs selected,
      FileListing listing,
      ExecutorService pool,
      Optional<FingerprintCache> cache) {
    List<Map.Entry<String, Path>> chosen = List.copyOf(selected.chosen().entrySet());
    // one task per thread over a contiguous slice: at 60,000 files, a task per file cost more in
    // queueing than most cache lookups take
    int slices = Math.max(1, Math.min(options.threads(), chosen.size()));
    List<Future<List<Fingerprint>>> futures = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      List<Map.Entry<String, Path>> slice =
          chosen.subList(i * chosen.size() / slices, (i + 1) * chosen.size() / slices);
      futures.add(
          pool.submit(
              () -> {
                List<Fingerprint> out = new ArrayList<>(slice.size());
                for (var e : slice) {
                  out.add(fingerprint(e.getKey(), e.getValue(), listing, cache));
                }
                return out;
              }));
    }
    List<Fingerprint> out = new ArrayList<>(chosen.size());
    for (Future<List<Fingerprint>> f : futures) {
      out.addAll(join(f));
    }
    return out;
  }

  private Fingerprint fingerprint(
      String id, Path file, FileListing listing, Optional<FingerprintCache> cache) {
    String iri = pipeline.documentIri(id);
    try {
      String print =
          cache.isPresent()
              ? cache.get().fingerprint(pipeline.ingestor(), file, listing)
              : pipeline.ingestor().fingerprint(file);
      return new Fingerprint(file, iri, pipeline.contentHash(print), null);
    } catch (InputException ex) {
      return new Fingerprint(file, iri, null, ex);
    }
  }

  /**
   * Extracts on the pool, at most a few documents ahead of the sink, and hands each result to the
   * sink in input order from this thread.
   */
  private long extract(
      List<Fingerprint> todo,
      ExecutorService pool,
      GraphSink sink,
      Map<String, String> stored,
      boolean startOver,
      boolean fullRelink,
      List<Touched> touched,
      int[] counts,
      Listener listener,
      Optional<FingerprintCache> cache,
      FileListing listing) {
    int window = options.threads() * 4;
    Workers workers = new Workers(pool);
    ArrayDeque<Task> inFlight = new ArrayDeque<>();
    int next = 0;
    int done = 0;
    long quads = 0;
    try {
      while (done < todo.size()) {
        while (next < todo.size() && inFlight.size() < window) {
          inFlight.add(workers.submit(todo.get(next++).file()));
        }
        Fingerprint p = todo.get(done++);
        Object result = workers.await(inFlight);
        String outcome;
        if (result instanceof Throwable error) {
          outcome = "failed";
          counts[2]++;
          listener.failed(p.file(), error);
          if (startOver && stored.containsKey(p.iri())) {
            sink.carryOver(p.iri()); // the store keeps what it held for the document
          }
        } else {
          Pipeline.Result r = (Pipeline.Result) result;
          r.document().warnings().forEach(listener::warning);
          r.facts().warnings().forEach(w -> listener.warning(p.file() + ": " + w));
          Graph graph = r.graph();
          if (p.hash() == null) { // not fingerprinted before: what extraction read is remembered
            cache.ifPresent(c -> c.remember(p.file(), listing, r.document().contentHash()));
          }
          boolean existed = stored.containsKey(p.iri());
          if (!fullRelink) {
            touched.add(
                new Touched(
                    p.iri(), existed ? before(sink, p.iri()) : GraphFactory.createDefaultGraph()));
          }
          sink.put(p.iri(), graph);
          quads += graph.size();
          counts[existed ? 1 : 0]++;
          outcome = existed ? "replaced" : "added";
          LOG.debug("{}: {} into {}", p.file(), outcome, sink.location());
        }
        listener.progress(p.file(), outcome, done, todo.size());
      }
    } finally {
      workers.close();
    }
    return quads;
  }

  /** A document on a worker: its file, when it started (0 until then), its result to come. */
  private record Task(Path file, AtomicLong started, Future<Object> result) {}

  /**
   * The extraction workers, each document within {@link Options#documentTimeout()}. A document past
   * its time is reported and abandoned: its thread cannot be stopped (a regular expression does not
   * look at interrupts) and runs on as a daemon until it finishes, so the documents queued behind
   * it move to fresh workers. Time in the queue does not count.
   */
  private final class Workers {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private ExecutorService pool;
    private final List<ExecutorService> added = new ArrayList<>();

    Workers(ExecutorService pool) {
      this.pool = pool;
    }

    Task submit(Path file) {
      AtomicLong started = new AtomicLong();
      return new Task(
          file,
          started,
          pool.submit(
              () -> {
                started.set(System.nanoTime());
                return extractOne(file);
              }));
    }

    /** The result of the first task in {@code inFlight}, which it removes. */
    Object await(ArrayDeque<Task> inFlight) {
      Task t = inFlight.poll();
      long budget = options.documentTimeout().toNanos();
      while (true) {
        long started = t.started().get();
        long wait = started == 0 ? POLL_NANOS : budget - (System.nanoTime() - started);
        if (started != 0 && wait <= 0) {
          return abandon(t, inFlight);
        }
        try {
          return t.result().get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // not done yet: look at the clock again
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new KamergraphException("the build was interrupted", e);
        } catch (ExecutionException e) {
          return e.getCause();
        }
      }
    }

    private Object abandon(Task late, ArrayDeque<Task> inFlight) {
      late.result().cancel(true);
      ExecutorService old = pool;
      pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
      added.add(pool);
      List<Task> rest = new ArrayList<>(inFlight);
      inFlight.clear();
      for (Task t : rest) {
        // not started: cancelled where it waits (without interrupting anyone) and queued anew
        if (t.started().get() == 0 && t.result().cancel(false)) {
          inFlight.add(submit(t.file()));
        } else {
          inFlight.add(t);
        }
      }
      old.shutdown(); // what runs there finishes; nothing new starts
      return new InputException(
          late.file(),
          "took longer than "
              + options.documentTimeout().toMillis() / 1000.0
              + " s to extract and was skipped (raise --document-timeout if it is a genuine"
              + " document)");
    }

    void close() {
      added.forEach(ExecutorService::shutdownNow);
    }
  }

  /**
   * Marks for rebuilding each stored document graph whose content no longer matches its {@code
   * kg:graphDigest}: those the server's write API touched, or all with {@link
   * Options#verifyGraphs()}. Such a graph gets a stored hash no input has, so its document is
   * extracted again and replaces it (or, with its file gone, is removed as any other). The record
   * of outside writes is forgotten with this build's commit.
   *
   * @return whether a graph that is not a document's (links, statistics) was written outside a
   *     build, so every link must be recomputed
   */
  private boolean repairable(
      GraphSink sink, Map<String, String> stored, Set<String> outside, Listener listener) {
    Collection<String> check =
        options.verifyGraphs()
            ? List.copyOf(stored.keySet())
            : outside.stream().filter(stored::containsKey).toList();
    for (String iri : check) {
      if (!sink.intact(iri)) {
        stored.put(iri, "changed outside a build");
        listener.warning(
            iri
                + ": the stored graph was changed outside a build (it no longer matches its"
                + " kg:graphDigest); it is built again from its file");
      }
    }
    if (!outside.isEmpty()) {
      sink.forgetOutsideWrites();
    }
    return outside.stream()
        .anyMatch(g -> !stored.containsKey(g) && !pipeline.reference().graphs().containsKey(g));
  }

  /**
   * Writes each reference graph the sink does not hold as it is. A graph whose digest the sink
   * recorded when it last wrote it is taken as unchanged when the digests agree, as a document is
   * by its stored hash, unless it was written outside a build since or {@link
   * Options#verifyGraphs()} asks for the check: then it is compared with the stored graph itself.
   *
   * @return how many graphs were written and how many digests recorded
   */
  private ReferenceWrites references(
      GraphSink sink, Map<String, org.apache.jena.graph.Graph> graphs, Set<String> outside) {
    int written = 0;
    int recordedNow = 0;
    for (var e : new java.util.TreeMap<>(graphs).entrySet()) {
      String iri = e.getKey();
      String digest = GraphDigest.of(e.getValue());
      Optional<String> recorded = sink.recordedDigest(iri);
      boolean trusted = !options.verifyGraphs() && !outside.contains(iri);
      if (trusted && recorded.isPresent() && recorded.get().equals(digest)) {
        continue;
      }
      if (!sink.holds(iri, e.getValue())) {
        sink.put(iri, e.getValue());
        written++;
      }
      if (!recorded.equals(Optional.of(digest)) && sink.recordDigest(iri, digest)) {
        recordedNow++;
      }
    }
    return new ReferenceWrites(written, recordedNow);
  }

  /** What {@link #references} wrote: reference graphs, and digests of them recorded. */
  private record ReferenceWrites(int graphs, int digests) {}

  /** A document through the pipeline, or what went wrong: a bad file must not stop the batch. */
  private Object extractOne(Path file) {
    try {
      return pipeline.process(file);
    } catch (RuntimeException | StackOverflowError e) {
      return e;
    } catch (OutOfMemoryError e) {
      // what this document allocated is garbage once this frame is left: report it, go on
      return new InputException(
          file, "needs more memory than the build has (" + e.getMessage() + "); skipped", e);
    }
  }

  /** The triples of a stored document graph that linking needs, as they are before a change. */
  private static Graph before(GraphSink sink, String iri) {
    Graph out = GraphFactory.createDefaultGraph();
    sink.linkView()
        .getGraph(NodeFactory.createURI(iri))
        .find()
        .filterKeep(Linking::needs)
        .forEachRemaining(out::add);
    return out;
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KamergraphException("the build was interrupted", e);
    } catch (ExecutionException e) {
      throw new KamergraphException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "kamergraph-extract");
      t.setDaemon(true);
      return t;
    };
  }
}
