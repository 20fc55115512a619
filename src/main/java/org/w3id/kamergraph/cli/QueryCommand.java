package org.w3id.kamergraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import org.w3id.kamergraph.store.QueryLibrary;
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
      "Run a query from the library (by name) or any .rq file against the store or a SPARQL endpoint.",
      "--list shows the library with what each query answers."
    })
final class QueryCommand implements Callable<Integer> {
  enum Format {
    table,
    csv,
    tsv,
    json
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
        description = "A SPARQL endpoint, e.g. http://127.0.0.1:3030/kamergraph/sparql")
    String endpoint;
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    QueryLibrary library = new QueryLibrary();
    if (list) {
      library.all().forEach(e -> out.printf("%-34s %s%n", e.name(), firstSentence(e.summary())));
      out.flush();
      return ExitCodes.OK;
    }
    if (query == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Give a query name or file, or --list");
    }
    QueryLibrary.Entry entry = library.get(query);
    Query q;
    try {
      q = QueryFactory.create(entry.text());
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
    if (target.endpoint != null) {
      try (QueryExecution qe = QueryExecutionHTTP.service(target.endpoint).query(q).build()) {
        print(qe, q, out);
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
        throw new KamergraphException(
            "no store at " + db + ": build one with 'kamergraph build INPUT... --db " + db + "'");
      }
      try (TdbStore store = TdbStore.open(db)) {
        Txn.executeRead(
            store.dataset(),
            () -> {
              try (QueryExecution qe =
                  QueryExecution.create(
                      q, org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
                print(qe, q, out);
              }
            });
      }
    }
    out.flush();
    return ExitCodes.OK;
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

  private static String firstSentence(String s) {
    int end = s.indexOf(": ");
    int dot = s.indexOf(". ");
    int cut = end > 0 && (dot < 0 || end < dot) ? end : dot;
    return cut > 0 ? s.substring(0, cut) : s;
  }

  private void print(QueryExecution qe, Query q, PrintWriter out) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    if (q.isSelectType()) {
      ResultSet rs = qe.execSelect();
      switch (format) {
        case table -> ResultSetFormatter.out(buf, rs, q.getPrologue());
        case csv -> ResultSetFormatter.outputAsCSV(buf, rs);
        case tsv -> ResultSetFormatter.outputAsTSV(buf, rs);
        case json -> ResultSetFormatter.outputAsJSON(buf, rs);
      }
    } else if (q.isAskType()) {
      boolean yes = qe.execAsk();
      switch (format) {
        case json -> ResultSetFormatter.outputAsJSON(buf, yes);
        case csv -> ResultSetFormatter.outputAsCSV(buf, yes);
        case tsv -> ResultSetFormatter.outputAsTSV(buf, yes);
        case table -> buf.writeBytes((yes ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
      }
    } else {
      RDFDataMgr.write(
          buf, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
    }
    out.print(buf.toString(StandardCharsets.UTF_8));
  }
}
