package org.w3id.kamergraph;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
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
 */
public final class Pipeline {
  private final Ingestor ingestor;
  private final ReferenceData reference;
  private final Extractors extractors;
  private final Resolver resolver;
  private final DocumentGraphWriter writer;
  private final IriMinter iris = new IriMinter(KG.ID);

  private Pipeline(Ingestor ingestor, ReferenceData reference) {
    this.ingestor = ingestor;
    this.reference = reference;
    Gazetteer gazetteer = Gazetteer.load();
    this.extractors = Extractors.standard(reference.lexicon(), gazetteer);
    this.resolver =
        new Resolver(reference.lexicon(), gazetteer, reference.persons(), new IriMinter(KG.ID));
    this.writer = new DocumentGraphWriter(Version.extractor());
  }

  /** The standard pipeline with the reference data on the class path. */
  public static Pipeline standard() {
    return standard(new Ingestor());
  }

  /** The standard extractors behind an ingestor of one's own (other readers or size bounds). */
  public static Pipeline standard(Ingestor ingestor) {
    return new Pipeline(ingestor, ReferenceData.load());
  }

  public Ingestor ingestor() {
    return ingestor;
  }

  public Extractors extractors() {
    return extractors;
  }

  public ReferenceData reference() {
    return reference;
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
    DocumentFacts facts = extractors.extract(document);
    ResolvedDocument resolved = resolver.resolve(facts);
    return new Result(document, facts, resolved, writer.write(resolved));
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
