package org.w3id.kamergraph.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.rdf.Prefixes;

/**
 * Runs the workbench's own queries against the store, in a read transaction each, under the
 * server's query timeout. Values go into a query as bindings, never as text, so an IRI from a
 * request cannot change what a query does.
 */
final class GraphReader {
  /** The prefixes every workbench query may use: kamergraph's own, and jena-text's. */
  static final String PREFIXES = prefixes();

  private static String prefixes() {
    StringBuilder q = new StringBuilder();
    var map = Prefixes.standard();
    map.add("text", TextQuery.NS);
    map.forEach((p, ns) -> q.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return q.toString();
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphReader.class);

  private final DatasetGraph dataset;
  private final Duration timeout;

  GraphReader(DatasetGraph dataset, Duration timeout) {
    this.dataset = dataset;
    this.timeout = timeout;
  }

  /** The rows of a SELECT (written without prefixes), with {@code bindings} substituted. */
  List<Binding> select(String sparql, Map<String, Node> bindings) {
    return run(
        sparql,
        bindings,
        exec -> {
          List<Binding> rows = new ArrayList<>();
          // a store's bindings may look their nodes up lazily: copy them inside the transaction
          exec.select().forEachRemaining(b -> rows.add(materialised(b)));
          return rows;
        });
  }

  /** The triples of a CONSTRUCT (written without prefixes), copied out of the transaction. */
  Graph construct(String sparql, Map<String, Node> bindings) {
    return run(
        sparql,
        bindings,
        exec -> {
          Graph g = GraphFactory.createDefaultGraph();
          exec.constructTriples().forEachRemaining(g::add);
          return g;
        });
  }

  /** Whether an ASK (written without prefixes) holds. */
  boolean ask(String sparql, Map<String, Node> bindings) {
    return run(sparql, bindings, QueryExec::ask);
  }

  private <T> T run(String sparql, Map<String, Node> bindings, Function<QueryExec, T> read) {
    Query q = QueryFactory.create(PREFIXES + sparql);
    long start = System.nanoTime();
    T result =
        Txn.calculateRead(
            dataset,
            () -> {
              try (QueryExec exec = execution(q, bindings)) {
                return read.apply(exec);
              }
            });
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} ms: {}",
          (System.nanoTime() - start) / 1_000_000,
          sparql.length() > 90 ? sparql.substring(0, 90) + "…" : sparql);
    }
    return result;
  }

  private static Binding materialised(Binding b) {
    BindingBuilder copy = BindingFactory.builder();
    b.vars().forEachRemaining(v -> copy.add(v, b.get(v)));
    return copy.build();
  }

  private QueryExec execution(Query q, Map<String, Node> bindings) {
    QueryExecBuilder b =
        QueryExec.dataset(dataset).query(q).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    bindings.forEach(b::substitution);
    return b.build();
  }
}
