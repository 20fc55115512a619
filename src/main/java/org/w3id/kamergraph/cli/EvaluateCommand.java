package org.w3id.kamergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.evaluate.Evaluation;
import org.w3id.kamergraph.evaluate.EvaluationRenderer;
import org.w3id.kamergraph.evaluate.Evaluator;
import org.w3id.kamergraph.evaluate.Field;
import org.w3id.kamergraph.evaluate.GoldDocuments;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph evaluate GOLD_DIR}: extraction quality against hand-made gold files. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against hand-made gold files.",
      "Extracts every document of GOLD_DIR that has an <id>.gold.json (<id>.txt, .md, .html, .htm, .xml",
      "or .pdf; one file per id) and compares them: precision, recall and F1 per field, with the same",
      "rules as the independent scorer (which reads <id>.txt only).",
      "With --verbose, every missed gold item and every extra extracted item, per document."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "GOLD_DIR",
      description = "A folder of documents (<id>.txt, .pdf, ...) and <id>.gold.json files.")
  Path goldDir;

  @Option(
      names = "--fields",
      split = ",",
      paramLabel = "FIELD",
      description = "Score only these fields (e.g. kamerstukken,zaak).")
  List<String> fields;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new UsageException(goldDir + " is not a folder of documents and <id>.gold.json files");
    }
    Pipeline pipeline = Pipeline.standard();
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    pipeline.reference().graphs().forEach((iri, g) -> dsg.addGraph(NodeFactory.createURI(iri), g));
    Batch batch = new Batch(spec.commandLine().getErr(), common.verbose);
    List<Path> documents = documents();
    try (Progress progress =
        Progress.of("evaluate", "documents", spec.commandLine().getErr(), common.verbose)) {
      for (Path document : documents) {
        boolean ok =
            batch.run(
                document,
                () -> {
                  Pipeline.Result r = pipeline.process(document);
                  dsg.addGraph(NodeFactory.createURI(r.graphIri()), r.graph());
                });
        progress.step(
            document.toString(), ok ? "extracted" : "failed", batch.attempted(), documents.size());
      }
    }
    Evaluation evaluation = new Evaluator().evaluate(dsg, goldDir);
    EvaluationRenderer renderer = new EvaluationRenderer();
    List<Field> selected =
        fields == null ? List.of(Field.values()) : fields.stream().map(Field::byKey).toList();
    PrintWriter out = spec.commandLine().getOut();
    out.print(renderer.table(evaluation, selected, common.verbose));
    out.flush();
    if (json != null) {
      Files.writeString(json, renderer.json(evaluation, common.verbose), StandardCharsets.UTF_8);
    }
    return batch.finish("evaluated", "memory") == ExitCodes.OK ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private List<Path> documents() {
    List<Path> out = GoldDocuments.inputs(goldDir);
    if (out.isEmpty()) {
      throw new KamergraphException(
          "no documents with a gold file in "
              + goldDir
              + " (<id>.txt, .md, .html, .htm, .xml or .pdf next to <id>.gold.json)");
    }
    return out;
  }
}
