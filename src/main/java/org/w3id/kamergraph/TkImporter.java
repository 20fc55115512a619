package org.w3id.kamergraph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.opendata.TkExport;
import org.w3id.kamergraph.opendata.TkExportReader;
import org.w3id.kamergraph.opendata.TkGraphWriter;
import org.w3id.kamergraph.opendata.TkIris;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ReferenceData;
import org.w3id.kamergraph.store.TdbStore;

/**
 * Imports Tweede Kamer open data exports into the store: reads the files, writes the TK reference
 * graph ({@link TkIris#GRAPH}, replaced as a whole in one transaction) and relinks the documents'
 * members to the TK persons. Files that fail are reported and left out; the graph is written from
 * the others. Importing the same files again changes nothing.
 */
public final class TkImporter {
  /** The derived graph of members linked to TK persons. */
  private static final String MEMBER_LINKS = KG.ID + "graph/leden";

  private final ReferenceData reference;
  private final TdbStore store;

  public TkImporter(ReferenceData reference, TdbStore store) {
    this.reference = reference;
    this.store = store;
  }

  /** What an import did. */
  public record Report(
      Map<String, Integer> readPerEntitySet,
      int deleted,
      int persons,
      int fracties,
      int partyLinks,
      int memberships,
      boolean changed,
      int memberLinks,
      List<String> warnings,
      List<InputException> failures) {}

  public Report importFiles(List<Path> inputs) {
    return importFiles(inputs, (file, failed, done, total) -> {});
  }

  /** {@link #importFiles(List)}, telling {@code progress} of each export file read. */
  public Report importFiles(List<Path> inputs, TkExportReader.FileDone progress) {
    store.replaceReference(reference.graphs());
    TkExport export = new TkExportReader().read(inputs, progress);
    TkGraphWriter.Result r = new TkGraphWriter(reference.lexicon()).write(export);
    boolean changed = store.replaceGraph(TkIris.GRAPH, r.graph());
    int links = Math.toIntExact(store.relink().getOrDefault(MEMBER_LINKS, 0L));
    List<String> warnings =
        java.util.stream.Stream.concat(export.warnings().stream(), r.warnings().stream()).toList();
    return new Report(
        export.readPerEntitySet(),
        export.deleted(),
        r.persons(),
        r.fracties(),
        r.partyLinks(),
        r.memberships(),
        changed,
        links,
        warnings,
        export.failures());
  }
}
