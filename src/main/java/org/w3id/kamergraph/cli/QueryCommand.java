package org.w3id.kamergraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.UsageException;
import org.w3id.kamergraph.store.QueryBinder;
import org.w3id.kamergraph.store.QueryLibrary;
import org.w3id.kamergraph.store.QueryParameter;
import org.w3id.kamergraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraph query NAME|FILE.rq}: run an analyst query. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a library query (by name) or any .rq file against the store or an endpoint.",
      "--list shows what each library query answers and the parameters it takes;",
      "--param fills one: query questions-by-member --param familyName=\"Van Meenen\".",
      "--show prints the query as it would run; -o's extension chooses the format."
    })
final class QueryCommand implements Callable<Integer> {
  /** Result formats; a SELECT or ASK takes any, a CONSTRUCT or DESCRIBE gives Turtle. */
  enum Format {
    table("txt"),
    csv("csv"),
    tsv("tsv"),
    json("json"),
    xml("xml");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The format a file name asks for ({@code .srj} and {@code .srx} too); null if none does. */
    static Format forFile(Path file) {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      String ext = name.substring(name.lastIndexOf('.') + 1);
      return switch (ext) {
        case "srj" -> json;
        case "srx" -> xml;
        default ->
            java.util.Arrays.stream(values())
                .filter(f -> f.extension.equals(ext))
                .findFirst()
                .orElse(null);
      };
    }
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME|FILE.rq",
      description = "A query name (see --list) or a .rq file.")
  String query;

  @Option(names = "--list", description = "List the query library.")
  boolean list;

  @ArgGroup(exclusive = true)
  Target target = new Target();

  static final class Target {
    @Option(
        names = "--db",
        paramLabel = "DIR",
        description = "The TDB2 store (default: data/tdb2).")
    java.nio.file.Path db;

    @Option(
        names = "--endpoint",
        paramLabel = "URL",
        description = "A SPARQL endpoint (http://127.0.0.1:3030/kamergraph/sparql, say).")
    String endpoint;
  }

  @Option(
      names = "--format",
      description =
          "table, csv, tsv, json or xml (SPARQL results); default: from -o's extension, else"
              + " table.")
  Format format;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "Fill one of the query's parameters (see --list); repeat for more. Text is taken as"
              + " given, with no quotes needed beyond the shell's.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--show",
      description = "Print the query's text, with any --param filled in, instead of running it.")
  boolean show;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Return at most N rows (a query's own LIMIT still holds if it is lower).")
  Long limit;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the results to FILE (.txt table, .csv, .tsv, .json or .srj, .xml or .srx; .ttl for"
              + " a CONSTRUCT), replaced only when complete.")
  Path output;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    QueryLibrary library = new QueryLibrary();
    if (list) {
      for (QueryLibrary.Entry e : library.all()) {
        out.printf("%-34s %s%n", e.name(), e.title());
        for (QueryParameter p : e.parameters()) {
          out.printf("%-34s   --param %s=… (%s)%n", "", p.name(), p.type());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
    if (query == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Give a query name or file, or --list");
    }
    if (limit != null && limit < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be 0 or more, not " + limit);
    }
    Format effective = format(spec.commandLine());
    QueryLibrary.Entry entry = library.get(query);
    String text = QueryBinder.bind(entry, params);
    if (show) {
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
      return ExitCodes.OK;
    }
    Query q;
    try {
      q = QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new KamergraphException(
          entry.name()
              + ": line "
              + e.getLine()
              + ", column "
              + e.getColumn()
              + ": "
              + e.getMessage(),
          e);
    }
    boolean graphResult = q.isConstructType() || q.isDescribeType();
    if (output != null && graphResult != turtleOutput()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          graphResult
              ? entry.name() + " returns a graph: write it to a .ttl file"
              : entry.name()
                  + " returns rows, not a graph: write them to .csv, .tsv, .json or .txt");
    }
    if (limit != null && (q.isSelectType() || q.isConstructType() || q.isDescribeType())) {
      q.setLimit(q.hasLimit() ? Math.min(q.getLimit(), limit) : limit);
    }
    byte[][] result = new byte[1][];
    if (target.endpoint != null) {
      try (QueryExecution qe = QueryExecutionHTTP.service(target.endpoint).query(q).build()) {
        result[0] = print(qe, q, effective);
      } catch (RuntimeException e) {
        throw new KamergraphException(
            "query to "
                + target.endpoint
                + " failed: "
                + reason(e)
                + " (is the server running, and is this its …/kamergraph/sparql endpoint?)",
            e);
      }
    } else {
      java.nio.file.Path db = target.db != null ? target.db : java.nio.file.Path.of("data/tdb2");
      if (!java.nio.file.Files.isDirectory(db)) {
        throw new UsageException(
            "no store at " + db + ": build one with 'kamergraph build INPUT... --db " + db + "'");
      }
      try (TdbStore store = TdbStore.open(db)) {
        Txn.executeRead(
            store.dataset(),
            () -> {
              try (QueryExecution qe =
                  QueryExecution.create(
                      q, org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
                result[0] = print(qe, q, effective);
              }
            });
      }
    }
    if (output == null) {
      out.print(new String(result[0], StandardCharsets.UTF_8));
      out.flush();
    } else {
      OutputFile.write(output, null, o -> o.write(result[0]));
      spec.commandLine().getErr().println("kamergraph: results written to " + output);
    }
    return ExitCodes.OK;
  }

  /**
   * The format asked for: --format, else the one -o's extension names, else a table. An extension
   * no format has, or one that contradicts --format, is a usage error.
   */
  private Format format(picocli.CommandLine cl) {
    if (output == null) {
      return format == null ? Format.table : format;
    }
    Format byName = Format.forFile(output);
    if (byName == null && !turtleOutput()) {
      throw new picocli.CommandLine.ParameterException(
          cl,
          output
              + ": unknown results format; use a name ending in .txt, .csv, .tsv, .json, .srj,"
              + " .xml, .srx (or .ttl for a CONSTRUCT)");
    }
    if (format != null && byName != null && format != byName) {
      throw new picocli.CommandLine.ParameterException(
          cl, "--format " + format + " and -o " + output + " disagree; give one of them");
    }
    return format != null ? format : byName != null ? byName : Format.table;
  }

  /** Whether -o names a Turtle file: where a CONSTRUCT or DESCRIBE writes its graph. */
  private boolean turtleOutput() {
    return output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttl");
  }

  /** The innermost cause, without the query text Jena puts in its own messages. */
  private static String reason(RuntimeException e) {
    if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP http
        && http.getStatusCode() > 0) {
      return "HTTP " + http.getStatusCode() + " " + http.getStatusLine();
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof java.io.IOException) {
      return "cannot connect (" + root.getClass().getSimpleName() + ")";
    }
    return root == e
        ? e.getClass().getSimpleName()
        : root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** The results, written in {@code format}. */
  private static byte[] print(QueryExecution qe, Query q, Format format) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    if (q.isSelectType()) {
      ResultSet rs = qe.execSelect();
      switch (format) {
        case table -> ResultSetFormatter.out(buf, rs, q.getPrologue());
        case csv -> ResultSetFormatter.outputAsCSV(buf, rs);
        case tsv -> ResultSetFormatter.outputAsTSV(buf, rs);
        case json -> ResultSetFormatter.outputAsJSON(buf, rs);
        case xml -> ResultSetFormatter.outputAsXML(buf, rs);
      }
    } else if (q.isAskType()) {
      boolean yes = qe.execAsk();
      switch (format) {
        case json -> ResultSetFormatter.outputAsJSON(buf, yes);
        case csv -> ResultSetFormatter.outputAsCSV(buf, yes);
        case tsv -> ResultSetFormatter.outputAsTSV(buf, yes);
        case xml -> ResultSetFormatter.outputAsXML(buf, yes);
        case table -> buf.writeBytes((yes ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
      }
    } else {
      RDFDataMgr.write(
          buf, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
    }
    return buf.toByteArray();
  }
}
