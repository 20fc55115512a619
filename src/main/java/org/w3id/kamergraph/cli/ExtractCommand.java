package org.w3id.kamergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.rdf.DatasetSink;
import org.w3id.kamergraph.store.ZaakLinker;
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
      "One named graph per document, plus the reference graphs.",
      "The format follows the output's extension: .trig, .nq or .ttl (all graphs merged); - is TriG on stdout."
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

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = Pipeline.standard();
    Path target = output.equals("-") ? null : Path.of(output);
    RDFFormat format = DatasetSink.formatFor(target);
    Batch batch = new Batch(spec.commandLine().getErr(), common.verbose);
    if (target == null) {
      OutputStream out = new BufferedOutputStream(System.out);
      run(pipeline, batch, out, format);
      out.flush();
    } else {
      // write next to the target and move into place: a failed run leaves the old file intact
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".kamergraph-", ".tmp");
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
          run(pipeline, batch, out, format);
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return batch.finish("extracted", target == null ? "stdout" : target.toString());
  }

  private void run(Pipeline pipeline, Batch batch, OutputStream out, RDFFormat format) {
    DatasetSink sink = DatasetSink.open(out, format);
    pipeline.reference().graphs().forEach(sink::graph);
    List<Path> files = pipeline.ingestor().collect(inputs);
    if (files.isEmpty()) {
      throw new KamergraphException(
          "no documents found in " + inputs + " (looked for .txt .md .html .htm .pdf .xml)");
    }
    // what linking questions to later answers needs, kept as documents stream past
    DatasetGraph skeleton = DatasetGraphFactory.createGeneral();
    for (Path file : files) {
      batch.run(
          file,
          () -> {
            Pipeline.Result r = pipeline.process(file);
            sink.graph(r.graphIri(), r.graph());
            Node g = NodeFactory.createURI(r.graphIri());
            r.graph()
                .find()
                .filterKeep(ZaakLinker::needs)
                .forEach(t -> skeleton.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
          });
    }
    Graph links = ZaakLinker.compute(skeleton);
    if (!links.isEmpty()) {
      sink.graph(ZaakLinker.GRAPH, links);
    }
    sink.finish();
  }
}
