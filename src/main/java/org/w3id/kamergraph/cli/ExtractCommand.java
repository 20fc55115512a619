package org.w3id.kamergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.Build;
import org.w3id.kamergraph.store.FileGraphSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph extract INPUT... -o FILE}: documents in, RDF out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the knowledge graph from files or folders and write it as RDF.",
      "One named graph per document, plus the reference graphs and the derived zaak links.",
      "The format follows the output's extension: .trig, .nq, .jsonld (JSON-LD 1.1, compacted with"
          + " ontology/context.jsonld), .ttl or .nt (all graphs merged); - is TriG on stdout.",
      "The output is the same whatever --threads says."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders (.txt .md .html .htm .pdf .xml).")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Where to write the RDF (- for stdout).")
  String output;

  @Mixin ThreadOptions threads;

  @Override
  public Integer call() {
    Path target = output.equals("-") ? null : Path.of(output);
    Build.Options options = new Build.Options(threads.threads(), true, threads.documentTimeout);
    Build.Report r;
    try (FileGraphSink sink = FileGraphSink.open(target, System.out)) {
      r = BuildRun.run(spec.commandLine().getErr(), common.verbose, options, inputs, sink);
    }
    return r.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
