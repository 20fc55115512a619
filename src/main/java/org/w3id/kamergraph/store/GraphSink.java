package org.w3id.kamergraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.link.LinkDelta;

/**
 * Where a build puts its graphs: an RDF file, a TDB2 store, a remote SPARQL endpoint. One seam, so
 * the build loop is written once.
 *
 * <p>Protocol: a build calls {@link #storedHashes()} once, then {@link #put}, {@link #remove} and
 * {@link #apply} any number of times, then {@link #commit()} (or {@link #abort()} on failure), then
 * {@link #close()}. All calls come from one thread. What {@link #commit()} makes visible, it makes
 * visible whole: a reader never sees a document graph half-written, and a sink that is killed
 * before {@link #commit()} returns leaves every graph as it was or as it is now, never in between.
 */
public interface GraphSink extends AutoCloseable {

  /**
   * The content hash ({@code kg:contentHash}) of every document graph already stored, by graph IRI.
   * Empty for a sink that starts from nothing (a file). A build skips a document whose hash is here
   * and unchanged, and removes stored documents its inputs no longer have.
   */
  Map<String, String> storedHashes();

  /**
   * As {@link #storedHashes()}, for just these graphs: a build that keeps the documents its inputs
   * do not name ({@code --keep-missing}) asks only for those it is given, so building a few files
   * into a large store costs what those files cost. Starts the build as {@link #storedHashes()}
   * does. A sink that cannot look graphs up one by one filters the whole map.
   */
  default Map<String, String> storedHashes(java.util.Collection<String> graphIris) {
    Map<String, String> all = storedHashes();
    Map<String, String> out = new java.util.HashMap<>();
    for (String g : graphIris) {
      if (all.containsKey(g)) {
        out.put(g, all.get(g));
      }
    }
    return out;
  }

  /**
   * Whether the sink held no graph at all when the build started (valid after a {@code
   * storedHashes} call): linking then starts from nothing.
   */
  boolean startedEmpty();

  /**
   * Starts the build as {@link #storedHashes()} does and says whether the sink holds no graph at
   * all, cheaply, before the stored hashes are read: a build into an empty sink need not
   * fingerprint its inputs ahead of extracting them. A sink that cannot tell cheaply answers false.
   */
  default boolean startsEmpty() {
    return false;
  }

  /**
   * Whether the sink already holds exactly this graph (isomorphic), so a build need not write it
   * again. A sink that cannot tell cheaply answers false.
   */
  default boolean holds(String graphIri, Graph graph) {
    return false;
  }

  /**
   * Where a build may keep the fingerprints of its input files between runs (see {@code
   * FingerprintCache} beside the build), so an unchanged file is not read again; empty for none.
   */
  default Optional<Path> fingerprintCache() {
    return Optional.empty();
  }

  /**
   * Whether an earlier build into this sink stopped after writing documents and before writing the
   * links (a sink without transactions across requests can tell): the next build then recomputes
   * every link, even when no document changed. Valid after {@link #storedHashes()}.
   */
  default boolean unfinished() {
    return false;
  }

  /**
   * The graphs written outside a build since the last build (through the server's write API; see
   * {@link OutsideWrites}), by IRI. Valid after {@link #storedHashes()}; empty where the sink keeps
   * no such record.
   */
  default java.util.Set<String> writtenOutsideBuilds() {
    return java.util.Set.of();
  }

  /**
   * Whether the stored document graph still holds what its {@code kg:graphDigest} states; false
   * when it states none (it was not written by this version's build). Reads the whole graph. A sink
   * that cannot tell says true. Valid after {@link #storedHashes()}.
   */
  default boolean intact(String graphIri) {
    return true;
  }

  /**
   * The digest ({@code rdf.GraphDigest}) recorded when a build last wrote this reference graph, so
   * the next one need not read the graph back to know it is unchanged; empty where there is none or
   * the sink keeps no such record (it is then compared with {@link #holds}). Valid after {@link
   * #storedHashes()}.
   */
  default Optional<String> recordedDigest(String graphIri) {
    return Optional.empty();
  }

  /**
   * Records, with the build's commit, the digest of a reference graph the sink now holds.
   *
   * @return whether anything was written (false where the sink keeps no record)
   */
  default boolean recordDigest(String graphIri, String digest) {
    return false;
  }

  /** Forgets the record of {@link #writtenOutsideBuilds()}, with the build's commit. */
  default void forgetOutsideWrites() {}

  /**
   * Starts writing the sink anew, when it can do that faster than replacing most of its graphs in
   * place: from here on the sink behaves as an empty one, and {@link #commit()} replaces everything
   * it held at once; {@link #abort()} leaves it as it was. The graphs the build writes itself are
   * those {@code rewritten} accepts (documents, reference and derived graphs): each of them the
   * build puts, or keeps with {@link #carryOver}. Every other graph the sink holds (one another
   * tool wrote, such as the Tweede Kamer data {@code reference import-tk} loads) is carried over as
   * it is, at once. Valid after {@link #storedHashes()}, before the first write.
   *
   * @return false where the sink cannot (the build then writes in place)
   */
  default boolean startOver(java.util.function.Predicate<String> rewritten) {
    return false;
  }

  /**
   * After {@link #startOver}: keeps the stored graph as it was (a document whose file could not be
   * read this time keeps what an earlier build made of it).
   */
  default void carryOver(String graphIri) {
    throw new UnsupportedOperationException("only after startOver()");
  }

  /** Puts a graph, replacing any stored graph of that name. */
  void put(String graphIri, Graph graph);

  /** Removes a stored graph; nothing happens if there is none. */
  void remove(String graphIri);

  /** Applies a change to a derived graph (linking). */
  void apply(LinkDelta delta);

  /**
   * What the linkers read: every document graph as it stands after the puts and removes so far (at
   * least the triples {@link org.w3id.kamergraph.link.Linking#needs} keeps), the derived graphs,
   * and the reference graphs linking reads. Valid until {@link #commit()} or {@link #abort()}.
   */
  DatasetGraph linkView();

  /** Makes everything since {@link #storedHashes()} durable and visible at once. */
  void commit();

  /** Discards what has not been committed, where the sink can. */
  void abort();

  /** Where the graphs go, for messages ({@code data/tdb2}, {@code out.trig}, a URL). */
  String location();

  @Override
  void close();
}
