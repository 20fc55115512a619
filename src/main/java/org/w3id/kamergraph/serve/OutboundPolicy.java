package org.w3id.kamergraph.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.UpdateException;

/**
 * What the server may fetch on a client's behalf: a query's {@code SERVICE} and an update's {@code
 * LOAD} reach only the hosts named (none by default). Without this, any client could make the
 * server request any URL, inside the network it runs in, and read the answer back in the error
 * message (server-side request forgery). The IRI is checked as the query evaluates it, so one
 * computed with {@code BIND} is checked too.
 */
final class OutboundPolicy {
  /** Context key under which a dataset carries its allowed hosts. */
  static final Symbol ALLOWED_HOSTS = Symbol.create("urn:kamergraph:outbound-hosts");

  private OutboundPolicy() {}

  /** Installs the policy in a dataset's context (queries and updates on it obey it). */
  static void install(Context context, Set<String> hosts) {
    context.set(ALLOWED_HOSTS, Set.copyOf(hosts));
    ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
    registry.add(new CheckedService(Set.copyOf(hosts)));
    ServiceExecutorRegistry.set(context, registry);
    LoadCheck.register();
  }

  /** Whether {@code iri} names an http(s) URL on one of {@code hosts}. */
  static boolean allowed(String iri, Set<String> hosts) {
    try {
      URI u = URI.create(iri);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && u.getHost() != null
          && hosts.contains(u.getHost().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String refusal(String what, String iri) {
    return what
        + " <"
        + iri
        + "> refused: this server fetches nothing for its clients unless started with"
        + " --allow-service naming the host";
  }

  /** SERVICE: to an allowed host through Jena's HTTP executor, else refused. */
  private record CheckedService(Set<String> hosts) implements ServiceExecutor {
    @Override
    public QueryIterator createExecution(
        OpService opExecute, OpService original, Binding binding, ExecutionContext execCxt) {
      Node s = opExecute.getService();
      String iri = s.isURI() ? s.getURI() : String.valueOf(s);
      if (!s.isURI() || !allowed(iri, hosts)) {
        throw new QueryExecException(refusal("SERVICE", iri));
      }
      return ServiceExecutorRegistry.httpService.createExecution(
          opExecute, original, binding, execCxt);
    }
  }

  /**
   * LOAD: Jena looks update engines up in one registry for the whole JVM, so this factory is
   * registered once and takes only the datasets whose context carries {@link #ALLOWED_HOSTS}.
   */
  private static final class LoadCheck implements UpdateEngineFactory {
    private static final LoadCheck INSTANCE = new LoadCheck();

    static synchronized void register() {
      if (!org.apache.jena.sparql.modify.UpdateEngineRegistry.containsFactory(INSTANCE)) {
        org.apache.jena.sparql.modify.UpdateEngineRegistry.addFactory(INSTANCE);
      }
    }

    @Override
    public boolean accept(DatasetGraph dataset, Context context) {
      return hosts(dataset, context) != null;
    }

    @Override
    public UpdateEngine create(DatasetGraph dataset, Binding binding, Context context) {
      Set<String> hosts = hosts(dataset, context);
      return new UpdateEngineMain(dataset, binding, context) {
        @Override
        protected UpdateVisitor prepareWorker() {
          return new UpdateEngineWorker(dataset, binding, context) {
            @Override
            public void visit(UpdateLoad update) {
              if (!allowed(update.getSource(), hosts)) {
                throw new UpdateException(refusal("LOAD", update.getSource()));
              }
              super.visit(update);
            }
          };
        }
      };
    }

    @SuppressWarnings("unchecked")
    private static Set<String> hosts(DatasetGraph dataset, Context context) {
      Object h = context == null ? null : context.get(ALLOWED_HOSTS);
      if (h == null && dataset != null && dataset.getContext() != null) {
        h = dataset.getContext().get(ALLOWED_HOSTS);
      }
      return h instanceof Set<?> s ? (Set<String>) s : null;
    }
  }
}
