package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbGraphSink;
import org.w3id.kamergraph.store.TdbStore;

/** Builds for tests: inputs into a TDB2 store through {@link Build}, failures to a callback. */
public final class TestBuilds {
  public static final String ZAAK_LINKS = KG.ID + "graph/zaken";
  public static final String MEMBER_LINKS = KG.ID + "graph/leden";

  private TestBuilds() {}

  /** The document–zaak and question–answer links in the store. */
  public static int zaakLinks(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Graph g = store.dataset().getGraph(NodeFactory.createURI(ZAAK_LINKS));
          return g.find(Node.ANY, KG.zaak.asNode(), Node.ANY).toList().size()
              + g.find(Node.ANY, KG.answeredIn.asNode(), Node.ANY).toList().size();
        });
  }

  /** The members linked to TK persons in the store. */
  public static int memberLinks(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> store.dataset().getGraph(NodeFactory.createURI(MEMBER_LINKS)).size());
  }

  /** Builds and fails the test on any bad file. */
  public static Build.Report build(Pipeline pipeline, TdbStore store, List<Path> inputs) {
    return build(
        pipeline,
        store,
        inputs,
        (f, e) -> {
          throw new AssertionError(f + ": " + e, e);
        });
  }

  public static Build.Report build(
      Pipeline pipeline, TdbStore store, List<Path> inputs, BiConsumer<Path, Throwable> failed) {
    return build(pipeline, store, inputs, Build.Options.defaults(), failed);
  }

  public static Build.Report build(
      Pipeline pipeline,
      TdbStore store,
      List<Path> inputs,
      Build.Options options,
      BiConsumer<Path, Throwable> failed) {
    try (TdbGraphSink sink = new TdbGraphSink(store)) {
      return new Build(pipeline, options)
          .run(
              inputs,
              sink,
              new Build.Listener() {
                @Override
                public void failed(Path file, Throwable error) {
                  failed.accept(file, error);
                }
              });
    }
  }

  /** A listener that keeps what a build reports, for a test to look at. */
  public static final class Recorder implements Build.Listener {
    public final List<String> warnings = new java.util.ArrayList<>();
    public final List<String> failures = new java.util.ArrayList<>();

    @Override
    public void warning(String message) {
      warnings.add(message);
    }

    @Override
    public void failed(Path file, Throwable error) {
      failures.add(file + ": " + error);
    }
  }

  /** {@code inputs} built into {@code store} with default options, reported to {@code recorder}. */
  public static Build.Report build(
      Pipeline pipeline, TdbStore store, List<Path> inputs, Recorder recorder) {
    try (TdbGraphSink sink = new TdbGraphSink(store)) {
      return new Build(pipeline, Build.Options.defaults()).run(inputs, sink, recorder);
    }
  }

  /** The repository's bundled examples. */
  public static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");

  /** A copy of the bundled examples in {@code dir} (created). */
  public static Path copyExamples(Path dir) throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir);
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(EXAMPLES)) {
      for (Path p : s.toList()) {
        java.nio.file.Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    return dir;
  }

  /** The IRIs of the document graphs in the store (each states its own content hash). */
  public static java.util.Set<String> documents(TdbStore store) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          java.util.Set<String> out = new java.util.TreeSet<>();
          store
              .dataset()
              .find(Node.ANY, Node.ANY, KG.contentHash.asNode(), Node.ANY)
              .forEachRemaining(q -> out.add(q.getGraph().getURI()));
          return out;
        });
  }
}
