package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sys.JenaSystem;
import org.w3id.kamergraph.extract.Extractors;
import org.w3id.kamergraph.ingest.Ingestor;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.FactLimitException;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.rdf.DocumentGraphWriter;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.resolve.IriMinter;
import org.w3id.kamergraph.resolve.ResolvedDocument;
import org.w3id.kamergraph.resolve.Resolver;

/**
 * kamergraph's pipeline, assembled in one place: ingest (bytes → text) → extract (text → facts) →
 * resolve (facts → entities with IRIs) → rdf (entities → the document's named graph). Built once;
 * thread-safe; {@link #process(Path)} handles one file.
 *
 * <p>The reference data, gazetteers and extractors take a large part of a second to load; they are
 * loaded on a thread of their own from construction, so what needs only the ingestor and the IRIs
 * (listing a corpus, telling unchanged files by their hashes) runs meanwhile. The first call that
 * needs them waits for them, and a failure to load them is thrown there, as it was.
 */
public final class Pipeline {
  private final Ingestor ingestor;
  private final CompletableFuture<Stages> stages;
  private final IriMinter iris = new IriMinter(KG.ID);

  /** The stages after ingest, loaded together. */
  private record Stages(
      ReferenceData reference,
      Extractors extractors,
      Resolver resolver,
      DocumentGraphWriter writer) {
    static Stages load() {
      ReferenceData reference = ReferenceData.load();
      Gazetteer gazetteer = Gazetteer.load();
      return new Stages(
          reference,
          Extractors.standard(reference.lexicon(), gazetteer),
          new Resolver(reference.lexicon(), gazetteer, reference.persons(), new IriMinter(KG.ID)),
          new DocumentGraphWriter(Version.extractor()));
    }
  }

  private Pipeline(Ingestor ingestor) {
    this.ingestor = ingestor;
    // Jena initialises its subsystems through class initialisers that reach each other: the loading
    // thread and this one each starting it (reading the reference data there, making a dataset
    // here) deadlocked. Initialised here first, once, it is only used by both.
    JenaSystem.init();
    this.stages =
        CompletableFuture.supplyAsync(
            Stages::load,
            task -> {
              Thread t = new Thread(task, "kamergraph-pipeline-load");
              t.setDaemon(true); // a command that fails early must not wait for it
              t.start();
            });
  }

  /** The standard pipeline with the reference data on the class path. */
  public static Pipeline standard() {
    return standard(new Ingestor());
  }

  /** The standard extractors behind an ingestor of one's own (other readers or size bounds). */
  public static Pipeline standard(Ingestor ingestor) {
    return new Pipeline(ingestor);
  }

  public Ingestor ingestor() {
    return ingestor;
  }

  /** Waits for the stages to be loaded. */
  public Extractors extractors() {
    return stages().extractors();
  }

  /** Waits for the stages to be loaded. */
  public ReferenceData reference() {
    return stages().reference();
  }

  /** The loaded stages; a loading failure as the exception it was. */
  private Stages stages() {
    try {
      return stages.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** One document through every stage. */
  public Result process(Path file) {
    SourceDocument document = ingestor.ingest(file);
    try {
      return process(document);
    } catch (FactLimitException e) {
      throw new InputException(file, e.reason(), e);
    }
  }

  /** An ingested document through extract, resolve and rdf. */
  public Result process(SourceDocument document) {
    Stages s = stages();
    DocumentFacts facts = s.extractors().extract(document);
    ResolvedDocument resolved = s.resolver().resolve(facts);
    return new Result(document, facts, resolved, s.writer().write(resolved));
  }

  /** The IRI of a document's named graph. */
  public String documentIri(SourceDocument document) {
    return iris.document(document.id());
  }

  /** The IRI of the named graph of the document with this id. */
  public String documentIri(String documentId) {
    return iris.document(documentId);
  }

  /**
   * The content hash the graph of a file's document records, from the file's bytes alone (see
   * {@link Ingestor#fingerprint}): equal to {@link #contentHash(SourceDocument)} of the file.
   */
  public String contentHash(Path file) {
    return contentHash(ingestor.fingerprint(file));
  }

  /** The content hash a document's graph records, from its file's fingerprint. */
  public String contentHash(String fingerprint) {
    return DocumentGraphWriter.contentHash(fingerprint, Version.extractor());
  }

  /** The content hash a document's graph records: a rebuild compares it to skip unchanged files. */
  public String contentHash(SourceDocument document) {
    return DocumentGraphWriter.contentHash(document.contentHash(), Version.extractor());
  }

  /** What the pipeline made of one document. */
  public record Result(
      SourceDocument document, DocumentFacts facts, ResolvedDocument resolved, Graph graph) {
    public String graphIri() {
      return resolved.iri();
    }
  }
}
