package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.Explainer;
import org.w3id.kamergraph.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph explain FILE...}: a document with every mention marked. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Show what kamergraph made of a document, to check it in a minute.",
      "A summary (askers, addressees, answerers, dates, questions, citations), the text with every",
      "mention marked ⟦like this⟧n, and a legend of what each mark resolved to."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to explain.")
  List<Path> files;

  @Override
  public Integer call() {
    Pipeline pipeline = Pipeline.standard();
    Explainer explainer = new Explainer();
    PrintWriter out = spec.commandLine().getOut();
    Batch batch = new Batch(spec.commandLine().getErr(), common.verbose);
    for (Path file : pipeline.ingestor().collect(files)) {
      batch.run(file, () -> out.println(explainer.explain(pipeline.process(file))));
    }
    out.flush();
    return batch.finish("explained", "stdout");
  }
}
