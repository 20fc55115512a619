package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.store.MemberLinker;
import org.w3id.kamergraph.store.TdbStore;
import org.w3id.kamergraph.store.ZaakLinker;

/**
 * Builds the store from input files: the reference graphs, then each document's graph in a
 * transaction of its own. A document whose bytes and extractor version are already in the store is
 * not extracted again. A file that fails is reported to the caller and the batch goes on; nothing
 * of it is written. The derived graphs (zaak links, members linked to imported TK persons) are
 * recomputed at the end.
 */
public final class GraphLoader {
  private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);
  private final Pipeline pipeline;
  private final TdbStore store;

  public GraphLoader(Pipeline pipeline, TdbStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /** What a build did. */
  public record Report(
      int added,
      int replaced,
      int unchanged,
      int failed,
      int referenceGraphsChanged,
      int zaakLinks,
      int memberLinks) {
    public int written() {
      return added + replaced;
    }
  }

  /**
   * Loads every file found in {@code inputs}.
   *
   * @param onFailure told of each file that could not be loaded, with the reason
   */
  public Report load(List<Path> inputs, BiConsumer<Path, RuntimeException> onFailure) {
    int reference = store.replaceReference(pipeline.reference().graphs());
    List<Path> files = pipeline.ingestor().collect(inputs);
    if (files.isEmpty()) {
      throw new KamergraphException(
          "no documents found in "
              + inputs
              + " (looked for "
              + pipeline.ingestor().supportedExtensions()
              + ")");
    }
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    int failed = 0;
    for (Path file : files) {
      try {
        SourceDocument doc = pipeline.ingestor().ingest(file);
        String iri = pipeline.documentIri(doc);
        String hash = pipeline.contentHash(doc);
        if (store.isCurrent(iri, hash)) {
          unchanged++;
          LOG.debug("{}: unchanged", file);
          continue;
        }
        Pipeline.Result r = pipeline.process(doc);
        switch (store.replace(iri, r.graph(), hash)) {
          case ADDED -> added++;
          case REPLACED -> replaced++;
          case UNCHANGED -> unchanged++;
        }
        LOG.debug("{}: loaded into {}", file, iri);
      } catch (RuntimeException e) {
        failed++;
        onFailure.accept(file, e);
      }
    }
    int links = new ZaakLinker().link(store);
    int members = new MemberLinker().link(store);
    return new Report(added, replaced, unchanged, failed, reference, links, members);
  }
}
