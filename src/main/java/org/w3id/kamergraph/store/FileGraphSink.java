package org.w3id.kamergraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.kamergraph.link.LinkDelta;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.UsageException;
import org.w3id.kamergraph.rdf.DatasetSink;

/**
 * An RDF file (TriG, N-Quads, JSON-LD, Turtle or N-Triples, by extension) or stdout as a build's
 * sink. Graphs stream out as they are put, so memory stays flat; the derived graphs, known only at
 * the end, follow them. The file is written next to its target and moved into place on {@link
 * #commit()}: a failed or killed run leaves the old file as it was. Starts from nothing, so every
 * document is new.
 */
public final class FileGraphSink implements GraphSink {
  private final Path target;
  private final Path tmp;
  private final OutputStream out;
  private final DatasetSink sink;
  private final DatasetGraph skeleton = DatasetGraphFactory.createGeneral();

  private FileGraphSink(Path target, Path tmp, OutputStream out, RDFFormat format) {
    this.target = target;
    this.tmp = tmp;
    this.out = out;
    this.sink = DatasetSink.open(out, format);
  }

  /** Temporary outputs are named {@code .kamergraph-PID-UUID.tmp}, PID being the writer's. */
  static final String TMP_PREFIX = ".kamergraph-";

  private static final java.util.regex.Pattern LEFTOVER =
      java.util.regex.Pattern.compile("\\.kamergraph-(\\d{1,10})-[0-9a-f-]{36}\\.tmp");

  /**
   * Removes the temporary outputs a killed {@code extract} left in {@code folder}: those whose
   * writing process is gone (a live one may be writing its own right now).
   */
  private static void removeLeftovers(Path folder) {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        java.util.regex.Matcher m = LEFTOVER.matcher(f.getFileName().toString());
        if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // only tidying up: the output itself does not depend on it
    }
  }

  /** A sink writing to {@code target} ({@code null} = TriG on {@code stdout}). */
  public static FileGraphSink open(Path target, OutputStream stdout) {
    RDFFormat format = DatasetSink.formatFor(target);
    if (target == null) {
      return new FileGraphSink(null, null, new BufferedOutputStream(stdout), format);
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (!Files.isDirectory(parent)) {
        throw new UsageException(
            target
                + ": the folder "
                + parent
                + " does not exist; create it or choose another path");
      }
      // created as any new file is (the user's umask), not as a private temporary file: the
      // output is renamed into place and should be readable as the user's other files are
      removeLeftovers(parent);
      Path tmp =
          parent.resolve(
              TMP_PREFIX
                  + ProcessHandle.current().pid()
                  + "-"
                  + java.util.UUID.randomUUID()
                  + ".tmp");
      Files.createFile(tmp);
      return new FileGraphSink(
          target, tmp, new BufferedOutputStream(Files.newOutputStream(tmp)), format);
    } catch (IOException e) {
      throw new KamergraphException(target + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** A file is written from nothing. */
  @Override
  public boolean startedEmpty() {
    return true;
  }

  @Override
  public boolean startsEmpty() {
    return true;
  }

  @Override
  public Map<String, String> storedHashes() {
    return Map.of();
  }

  @Override
  public void put(String graphIri, Graph graph) {
    sink.graph(graphIri, graph);
    Node g = NodeFactory.createURI(graphIri);
    boolean whole = Linking.referenceGraphs().contains(graphIri);
    graph
        .find()
        .forEachRemaining(
            t -> {
              if (whole || Linking.needs(t)) {
                skeleton.add(g, t.getSubject(), t.getPredicate(), t.getObject());
              }
            });
  }

  @Override
  public void remove(String graphIri) {
    skeleton.removeGraph(NodeFactory.createURI(graphIri));
  }

  @Override
  public void apply(LinkDelta delta) {
    Node g = NodeFactory.createURI(delta.graphIri());
    delta
        .removed()
        .find()
        .forEachRemaining(t -> skeleton.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
    delta
        .added()
        .find()
        .forEachRemaining(t -> skeleton.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Override
  public DatasetGraph linkView() {
    return skeleton;
  }

  @Override
  public void commit() {
    for (String derived : List.copyOf(Linking.derivedGraphs())) {
      Graph g = skeleton.getGraph(NodeFactory.createURI(derived));
      if (!g.isEmpty()) {
        sink.graph(derived, g);
      }
    }
    sink.finish();
    try {
      out.flush();
      if (target != null) {
        out.close();
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public void abort() {
    close();
  }

  @Override
  public String location() {
    return target == null ? "stdout" : target.toString();
  }

  @Override
  public void close() {
    if (target != null) {
      try {
        out.close();
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // the temporary file is hidden and named .kamergraph-*.tmp; nothing else to undo
      }
    }
  }
}
