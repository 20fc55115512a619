package org.w3id.kamergraph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.rdf.KG;

/**
 * Scores an extracted dataset against a folder of gold files, with the rules of {@code
 * shared/tools/score.py}. For each {@code <id>.gold.json} it looks for the document whose {@code
 * kg:sourceFile} is {@code <id>} with an input extension ({@code .txt}, {@code .md}, {@code .html},
 * {@code .htm}, {@code .xml}, {@code .pdf}; see {@link GoldDocuments}) and compares it field by
 * field in a view of the document's graph plus every graph that holds no {@code kg:Document}.
 * score.py itself matches {@code <id>.txt} only, so on other formats the two differ by design.
 *
 * <p>Stateless and thread-safe. The dataset is only read, inside a read transaction when it
 * supports them; the caller keeps ownership of it.
 */
public final class Evaluator {
  private final GoldReader goldReader = new GoldReader();

  /** Scores {@code extracted} against the gold files in {@code goldDir}. */
  public Evaluation evaluate(Dataset extracted, Path goldDir) {
    return evaluate(extracted.asDatasetGraph(), goldDir);
  }

  /**
   * Scores {@code extracted} against the gold files in {@code goldDir}.
   *
   * @throws org.w3id.kamergraph.model.InputException if the folder or a gold file cannot be read
   */
  public Evaluation evaluate(DatasetGraph extracted, Path goldDir) {
    List<Gold> golds = goldReader.readDir(goldDir);
    // in-memory datasets without transactions are read directly; the caller then must not write
    return extracted.supportsTransactions()
        ? Txn.calculateRead(extracted, () -> evaluate(extracted, golds))
        : evaluate(extracted, golds);
  }

  /**
   * Scores {@code extracted} against gold annotations already read.
   *
   * @throws KamergraphException if two source files of different formats have the id of one gold
   *     file: which of them the gold describes is not known, so neither is scored
   */
  public Evaluation evaluate(DatasetGraph extracted, List<Gold> golds) {
    // id -> source file name -> document; a file name seen twice is one file (the last one wins,
    // as when the map was keyed by file name), two names for one id are two files
    Map<String, Map<String, Located>> documents = new HashMap<>();
    List<Graph> referenceGraphs = new ArrayList<>();
    for (Graph g : graphs(extracted)) {
      boolean holdsDocument = false;
      Iterator<Triple> it = g.find(Node.ANY, RDF.type.asNode(), KG.Document.asNode());
      while (it.hasNext()) {
        Node doc = it.next().getSubject();
        holdsDocument = true;
        g.find(doc, KG.sourceFile.asNode(), Node.ANY)
            .forEachRemaining(
                t -> {
                  String file = DocumentView.text(t.getObject());
                  GoldDocuments.idOf(file)
                      .ifPresent(
                          id ->
                              documents
                                  .computeIfAbsent(id, k -> new TreeMap<>())
                                  .put(file, new Located(g, doc)));
                });
      }
      if (!holdsDocument) {
        referenceGraphs.add(g);
      }
    }
    DocumentScorer scorer = new DocumentScorer();
    List<DocumentResult> results = new ArrayList<>();
    for (Gold gold : golds) {
      Located at = only(gold.id(), documents.getOrDefault(gold.id(), Map.of()));
      if (at == null) {
        results.add(DocumentResult.of(gold.id(), false, MissingDocument.scores(gold)));
      } else {
        DocumentView view = new DocumentView(at.graph(), referenceGraphs);
        results.add(DocumentResult.of(gold.id(), true, scorer.score(view, at.document(), gold)));
      }
    }
    return new Evaluation(results);
  }

  /** The one document of {@code id}, {@code null} if there is none. */
  private static Located only(String id, Map<String, Located> byFile) {
    if (byFile.size() > 1) {
      throw new KamergraphException(
          "gold file "
              + id
              + GoldReader.SUFFIX
              + " matches "
              + byFile.size()
              + " documents: "
              + String.join(" and ", byFile.keySet())
              + "; keep one file per id in the gold folder");
    }
    return byFile.isEmpty() ? null : byFile.values().iterator().next();
  }

  /** The default graph, then the named graphs in name order (rdflib lists the default too). */
  private static List<Graph> graphs(DatasetGraph dsg) {
    List<Graph> out = new ArrayList<>();
    out.add(dsg.getDefaultGraph());
    List<Node> names = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(names::add);
    names.sort(java.util.Comparator.comparing(DocumentView::text));
    names.forEach(n -> out.add(dsg.getGraph(n)));
    return out;
  }

  private record Located(Graph graph, Node document) {}
}
