package org.w3id.kamergraph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.rdf.KG;

/**
 * Scores an extracted dataset against a folder of gold files, with the rules of {@code
 * shared/tools/score.py}. For each {@code <id>.gold.json} it looks for the document whose {@code
 * kg:sourceFile} is {@code <id>.txt} and compares it field by field in a view of the document's
 * graph plus every graph that holds no {@code kg:Document}.
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

  /** Scores {@code extracted} against gold annotations already read. */
  public Evaluation evaluate(DatasetGraph extracted, List<Gold> golds) {
    Map<String, Located> documents = new HashMap<>();
    List<Graph> referenceGraphs = new ArrayList<>();
    for (Graph g : graphs(extracted)) {
      boolean holdsDocument = false;
      Iterator<Triple> it = g.find(Node.ANY, RDF.type.asNode(), KG.Document.asNode());
      while (it.hasNext()) {
        Node doc = it.next().getSubject();
        holdsDocument = true;
        g.find(doc, KG.sourceFile.asNode(), Node.ANY)
            .forEachRemaining(
                t -> documents.put(DocumentView.text(t.getObject()), new Located(g, doc)));
      }
      if (!holdsDocument) {
        referenceGraphs.add(g);
      }
    }
    DocumentScorer scorer = new DocumentScorer();
    List<DocumentResult> results = new ArrayList<>();
    for (Gold gold : golds) {
      Located at = documents.get(gold.id() + ".txt");
      if (at == null) {
        results.add(DocumentResult.of(gold.id(), false, MissingDocument.scores(gold)));
      } else {
        DocumentView view = new DocumentView(at.graph(), referenceGraphs);
        results.add(DocumentResult.of(gold.id(), true, scorer.score(view, at.document(), gold)));
      }
    }
    return new Evaluation(results);
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
