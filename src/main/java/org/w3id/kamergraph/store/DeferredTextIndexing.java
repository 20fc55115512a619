package org.w3id.kamergraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * The full-text indexing of a bulk load, done while the loader builds its secondary indexes. Jena's
 * sequential loader spends the last third of a first build copying its primary index into the
 * secondary ones on one core; indexing the text as the graphs stream by took almost half of the
 * thread that feeds the loader. So the indexed triples are written to a spill file as they come
 * (RDF Thrift, a few percent of the quads), and {@link #start} indexes them from there on a thread
 * of its own while the loader finishes; {@link #finish} waits for it and records each graph's
 * digest, before the index commits.
 *
 * <p>The spill file lies in the store's directory, is deleted when the indexing is done or
 * abandoned, and one left by a killed build is deleted by the next bulk load: the index it was for
 * was never committed.
 */
final class DeferredTextIndexing implements AutoCloseable {
  static final String SPILL = "kamergraph-text-pending.rt";

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DeferredTextIndexing.class);

  private final TextIndex text;
  private final Path spill;
  private OutputStream out;
  private StreamRDF writer;
  private CompletableFuture<Map<String, TextDigest>> indexing;
  private volatile boolean cancelled;

  /** Starts a spill file in {@code storeDir} for entries of {@code text}. */
  DeferredTextIndexing(TextIndex text, Path storeDir) {
    this.text = text;
    this.spill = storeDir.resolve(SPILL);
    try {
      out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
    } catch (IOException e) {
      throw failure("write", e);
    }
    writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
    writer.start();
  }

  /** Keeps the triples among {@code triples} that the index holds, for {@code graphIri}. */
  void add(String graphIri, Iterator<Triple> triples) {
    if (writer == null) {
      throw new IllegalStateException("indexing has started: nothing more can be added");
    }
    Node g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
    while (triples.hasNext()) {
      Triple t = triples.next();
      if (TextFields.field(t).isPresent()) {
        writer.quad(Quad.create(g, t));
      }
    }
  }

  /** Closes the spill file and indexes what it holds on a thread of its own. */
  void start() {
    writer.finish();
    writer = null;
    try {
      out.close();
    } catch (IOException e) {
      throw failure("write", e);
    }
    indexing = CompletableFuture.supplyAsync(this::index, runnable -> startThread(runnable));
  }

  private static void startThread(Runnable r) {
    Thread t = new Thread(r, "kamergraph-text-index");
    t.setDaemon(true);
    t.start();
  }

  private Map<String, TextDigest> index() {
    Map<String, TextDigest> digests = new HashMap<>();
    StreamRDF sink =
        new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            if (cancelled) {
              throw new java.util.concurrent.CancellationException();
            }
            String g = q.getGraph().getURI();
            text.add(
                g,
                List.of(q.asTriple()).iterator(),
                digests.computeIfAbsent(g, k -> new TextDigest()));
          }
        };
    long start = System.nanoTime();
    RDFParser.source(spill).lang(Lang.RDFTHRIFT).parse(sink);
    LOG.debug("full-text indexing: {} ms", (System.nanoTime() - start) / 1_000_000);
    return digests;
  }

  /** Waits for the indexing and records each graph's digest; the spill file goes. */
  void finish() {
    try {
      indexing.get().forEach(text::recordDigest);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KamergraphException("interrupted while indexing the text of " + spill, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof KamergraphException k) {
        throw k;
      }
      throw new KamergraphException(
          "cannot index the text in " + spill + ": " + cause.getMessage(), cause);
    } finally {
      delete();
    }
  }

  /** Abandons the indexing (the index is rolled back by its owner) and deletes the spill file. */
  @Override
  public void close() {
    cancelled = true;
    if (writer != null) {
      try {
        writer.finish();
        out.close();
      } catch (IOException | RuntimeException e) {
        // abandoned: the file goes anyway
      }
      writer = null;
    }
    if (indexing != null) {
      try {
        indexing.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // cancelled or failed: nothing of it is kept
      }
    }
    delete();
  }

  private void delete() {
    try {
      Files.deleteIfExists(spill);
    } catch (IOException e) {
      LOG.warn("{}: cannot delete ({}); it can be deleted by hand", spill, e.getMessage());
    }
  }

  private KamergraphException failure(String what, IOException e) {
    return new KamergraphException("cannot " + what + " " + spill + ": " + e.getMessage(), e);
  }
}
