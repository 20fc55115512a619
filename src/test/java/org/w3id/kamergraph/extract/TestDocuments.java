package org.w3id.kamergraph.extract;

import java.util.Map;
import org.w3id.kamergraph.ingest.TextNormaliser;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.SourceFormat;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * Builds documents from short texts written for a test and runs one extractor over them, with the
 * real reference lexicon. Texts in tests are invented; none is copied from the corpus.
 */
public final class TestDocuments {
  /** The lexicon of the shipped reference data, loaded once. */
  public static final Lexicon LEXICON = ReferenceData.load().lexicon();

  private TestDocuments() {}

  /** A plain-text document whose normalised text is the text itself. */
  public static SourceDocument document(String id, String text) {
    return new SourceDocument(
        id,
        id + ".txt",
        SourceFormat.TEXT,
        text,
        NormalisedText.identity(text),
        "0".repeat(64),
        Map.of(),
        java.util.List.of(),
        java.util.List.of());
  }

  /** A plain-text document normalised by the real ingest normaliser. */
  public static SourceDocument normalised(String id, String text) {
    return new SourceDocument(
        id,
        id + ".txt",
        SourceFormat.TEXT,
        text,
        new TextNormaliser().normalise(text),
        "0".repeat(64),
        Map.of(),
        java.util.List.of(),
        java.util.List.of());
  }

  /** The facts one extractor finds in {@code text} (identity normalisation). */
  public static DocumentFacts extract(Extractor extractor, String text) {
    return extract(extractor, document("test", text));
  }

  /** The facts one extractor finds in a document. */
  public static DocumentFacts extract(Extractor extractor, SourceDocument document) {
    DocumentFacts.Builder sink = new DocumentFacts.Builder(document);
    extractor.extract(new ExtractionContext(document, LEXICON), sink);
    return sink.build();
  }
}
