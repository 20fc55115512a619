package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.UsageException;
import org.w3id.kamergraph.rdf.ShapesValidator;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph validate [--db DIR | FILE]}: SHACL against ontology/shapes.ttl. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate an RDF file (.trig .nq .ttl) or the store against the SHACL shapes in ontology/shapes.ttl.",
      "All graphs are validated together, as analysts query them. Exit code 3 when it does not conform."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "An RDF file; without it, the store.")
  Path file;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = "data/tdb2",
      description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
  Path db;

  @Override
  public Integer call() {
    ShapesValidator validator = ShapesValidator.standard();
    ValidationReport report;
    if (file != null) {
      report = validator.validate(merged(read(file)));
    } else {
      if (!Files.isDirectory(db)) {
        throw new UsageException("no store at " + db + ": build one first, or give a FILE");
      }
      try (TdbStore store = TdbStore.open(db)) {
        report =
            Txn.calculateRead(store.dataset(), () -> validator.validate(merged(store.dataset())));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (report.conforms()) {
      out.println("conforms: " + (file != null ? file : db) + " passes ontology/shapes.ttl");
      out.flush();
      return ExitCodes.OK;
    }
    out.printf(
        "does not conform: %d violations in %s%n",
        report.getEntries().size(), file != null ? file : db);
    out.flush();
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    ShLib.printReport(
        new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8), report);
    out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    out.flush();
    return ExitCodes.VALIDATION_FAILED;
  }

  private static DatasetGraph read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, "no such file");
    }
    try {
      return RDFDataMgr.loadDatasetGraph(file.toString());
    } catch (RiotException e) {
      throw new InputException(file, "not valid RDF: " + e.getMessage(), e);
    }
  }

  /** Every graph of the dataset in one: shapes span documents and reference data. */
  private static Graph merged(DatasetGraph dsg) {
    Graph g = GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
    return g;
  }
}
