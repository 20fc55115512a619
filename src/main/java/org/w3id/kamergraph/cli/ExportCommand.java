package org.w3id.kamergraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.export.Network;
import org.w3id.kamergraph.export.NetworkFilter;
import org.w3id.kamergraph.export.NetworkQueries;
import org.w3id.kamergraph.export.NetworkQuery;
import org.w3id.kamergraph.export.NetworkWriter;
import org.w3id.kamergraph.export.NetworkWriters;
import org.w3id.kamergraph.export.RdfExport;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.UsageException;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamergraph export NETWORK|rdf}: a network for graph tools (GraphML, GEXF, DOT, CSV), or
 * the store as RDF. Reads the store, or a TriG / N-Quads file with {@code --input}; writes to
 * {@code -o FILE} (written beside it and moved into place, so a failed export leaves the old file)
 * or stdout.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a network for graph tools (Gephi, Cytoscape, Graphviz), or the store as RDF.",
      "NETWORK: co-askers (members who ask together), member-ministry (members and the ministries"
          + " they address), citations (documents and the Kamerstukken they cite); or rdf.",
      "Network formats: graphml, gexf, dot, csv. RDF formats: nt, jsonld, trig, nq.",
      "The format follows --format, else the extension of -o; on stdout graphml (rdf: trig)."
    })
final class ExportCommand implements Callable<Integer> {
  static final String RDF = "rdf";

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin StoreOptions store;

  @Parameters(
      index = "0",
      paramLabel = "NETWORK",
      description = "co-askers, member-ministry, citations, or rdf.")
  String what;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "graphml, gexf, dot, csv (networks); nt, jsonld, trig, nq (rdf).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write (default: stdout).")
  Path output;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Read this TriG or N-Quads file (as extract writes it) instead of the store.")
  Path input;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only documents submitted on or after this day (YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only documents submitted on or before this day (YYYY-MM-DD).")
  String to;

  @Option(
      names = "--party",
      paramLabel = "NOTATION",
      description =
          "Only edges with a member of this party (its abbreviation, e.g. D66); repeat for more.")
  List<String> parties = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    boolean rdf = what.equals(RDF);
    NetworkQuery query = rdf ? null : NetworkQueries.named(what).orElseThrow(this::unknownNetwork);
    NetworkFilter filter = rdf ? null : filter();
    if (rdf && (from != null || to != null || !parties.isEmpty())) {
      throw usage("--from, --to and --party filter networks; 'export rdf' writes every graph");
    }
    NetworkWriter writer = rdf ? null : networkWriter();
    RDFFormat rdfFormat = rdf ? rdfFormat() : null;
    if (input != null && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
      throw usage("give --db or --input, not both");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (input != null) {
      DatasetGraph dataset = read(input);
      String done =
          rdf ? exportRdf(dataset, rdfFormat) : exportNetwork(dataset, query, filter, writer);
      err.println(done);
      return ExitCodes.OK;
    }
    if (!Files.isDirectory(store.db)) {
      throw new UsageException(
          "no store at "
              + store.db
              + ": build one with 'kamergraph build INPUT... --db "
              + store.db
              + "', or read a file with --input");
    }
    try (TdbStore s = TdbStore.open(store.db)) {
      String done =
          Txn.calculateRead(
              s.dataset(),
              () -> {
                try {
                  return rdf
                      ? exportRdf(s.dataset(), rdfFormat)
                      : exportNetwork(s.dataset(), query, filter, writer);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      err.println(done);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return ExitCodes.OK;
  }

  private String exportNetwork(
      DatasetGraph dataset, NetworkQuery query, NetworkFilter filter, NetworkWriter writer)
      throws IOException {
    Network n = query.compute(dataset, filter);
    write(
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          writer.write(n, w);
          w.flush();
        });
    return query.name()
        + ": "
        + n.nodes().size()
        + " nodes, "
        + n.edges().size()
        + " edges, "
        + writer.format()
        + " to "
        + where();
  }

  private String exportRdf(DatasetGraph dataset, RDFFormat format) throws IOException {
    int[] graphs = new int[1];
    write(out -> graphs[0] = RdfExport.write(dataset, format, out));
    return "rdf: " + graphs[0] + " graphs, " + format.getLang().getLabel() + " to " + where();
  }

  /** Writes to stdout, or to a file beside the target moved into place when complete. */
  private void write(OutputFile.Body body) throws IOException {
    OutputFile.write(output, System.out, body);
  }

  private String where() {
    return output == null ? "stdout" : output.toString();
  }

  private static DatasetGraph read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new KamergraphException(file + ": no such file");
    }
    DatasetGraph d;
    try {
      d = RDFDataMgr.loadDatasetGraph(file.toString());
    } catch (RiotException e) {
      throw new KamergraphException(file + ": cannot be read as RDF: " + e.getMessage(), e);
    }
    if (!d.listGraphNodes().hasNext()) {
      throw new KamergraphException(
          file
              + ": holds no named graphs; networks read each document's own graph, so give the"
              + " TriG or N-Quads that 'kamergraph extract' writes");
    }
    return d;
  }

  private NetworkFilter filter() {
    LocalDate f = date("--from", from);
    LocalDate t = date("--to", to);
    if (f != null && t != null && f.isAfter(t)) {
      throw usage("--from " + f + " is after --to " + t + "; give the earlier day to --from");
    }
    return new NetworkFilter(f, t, new HashSet<>(parties));
  }

  private LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw usage(
          option + " '" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-01-31");
    }
  }

  private NetworkWriter networkWriter() {
    if (format != null) {
      return NetworkWriters.named(format)
          .orElseThrow(
              () ->
                  usage(
                      "unknown network format '"
                          + format
                          + "'; use one of "
                          + NetworkWriters.names()
                          + " (nt, jsonld, trig, nq are for 'export rdf')"));
    }
    if (output == null) {
      return NetworkWriters.named("graphml").orElseThrow();
    }
    return NetworkWriters.forFile(output)
        .orElseThrow(
            () ->
                usage(
                    output
                        + ": the extension does not name a network format; give --format ("
                        + NetworkWriters.names()
                        + ") or end the name in ."
                        + String.join(
                            ", .",
                            NetworkWriters.all().stream().map(NetworkWriter::extension).toList())));
  }

  private RDFFormat rdfFormat() {
    String name = format;
    if (name == null && output != null) {
      String file = output.getFileName().toString();
      int dot = file.lastIndexOf('.');
      name = dot < 0 ? "" : file.substring(dot + 1);
    }
    if (name == null) {
      name = "trig";
    }
    RDFFormat f = RdfExport.format(name.toLowerCase(java.util.Locale.ROOT));
    if (f == null) {
      throw usage(
          "unknown RDF format '"
              + name
              + "'; use --format with one of "
              + String.join(", ", RdfExport.FORMATS)
              + " (or an output name ending in one of them)");
    }
    return f;
  }

  private ParameterException unknownNetwork() {
    return usage(
        "unknown network '" + what + "'; choose one of " + NetworkQueries.names() + ", or rdf");
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
