package org.w3id.kamergraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kamergraph.web.DatasetDescription;

/**
 * The endpoint describes itself: a GET of a query endpoint ({@code /kamergraph/sparql}, {@code
 * …/query}) without a query answers with its SPARQL 1.1 Service Description, and {@code
 * /kamergraph/void} (and {@code /.well-known/void}) with the VoID description of the dataset, in
 * Turtle unless the client asks for JSON-LD, RDF/XML or N-Triples. Counting what the store holds
 * reads every quad's index entry, so a read-only server counts once (it starts counting when it
 * starts); one that takes writes describes the store without counts, which its first write would
 * make wrong.
 */
final class DescriptionFilter implements Filter {
  private static final AcceptList OFFERED =
      AcceptList.create(
          "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
  private static final MediaType DEFAULT = MediaType.create("text/turtle");

  private final DatasetGraph dataset;
  private final String datasetPath;
  private final boolean cache;
  private final boolean federated;
  private final boolean fullText;
  private final AtomicReference<DatasetDescription.Counts> counted = new AtomicReference<>();
  private final AtomicReference<DatasetDescription.Structure> structure = new AtomicReference<>();
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DescriptionFilter.class);

  DescriptionFilter(DatasetGraph dataset, String datasetPath, ServerPolicy policy) {
    this.dataset = dataset;
    this.datasetPath = datasetPath;
    this.cache = !policy.allowUpdate();
    this.federated = !policy.serviceHosts().isEmpty();
    this.fullText = dataset.getContext().isDefined(org.apache.jena.query.text.TextQuery.textIndex);
  }

  private final java.util.concurrent.atomic.AtomicBoolean stopping =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final AtomicReference<org.apache.jena.query.QueryExecution> counting =
      new AtomicReference<>();
  private volatile Thread counter;

  /** Starts counting the store, on a thread of its own (a read-only server only). */
  void warmUp() {
    if (cache) {
      Thread t =
          new Thread(
              () -> {
                try {
                  long t0 = System.nanoTime();
                  DatasetDescription.Counts c =
                      DatasetDescription.Counts.of(dataset, stopping::get, counting::set);
                  counted.set(c);
                  // until now the server's queries shared the machine with this reading
                  LOG.info(
                      "counted the store for its description in {} s: {} quads, {} documents",
                      (System.nanoTime() - t0) / 1_000_000_000,
                      c.quads(),
                      c.documentGraphs());
                } catch (java.util.concurrent.CancellationException
                    | org.apache.jena.query.QueryCancelledException e) {
                  // the server stopped first: nothing to describe any more
                } catch (RuntimeException e) {
                  if (!stopping.get()) {
                    LOG.warn("cannot count the store for its description: {}", e.toString());
                  }
                }
              },
              "kamergraph-description");
      t.setDaemon(true);
      counter = t;
      t.start();
    }
  }

  /** Waits up to {@code max} for the count to end; whether it has (true too when there is none). */
  boolean awaitCount(java.time.Duration max) {
    Thread t = counter;
    if (t == null) {
      return true;
    }
    try {
      t.join(Math.max(1, max.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !t.isAlive();
  }

  /**
   * Stops the count if it is still going and waits for it to end its read transaction: a store
   * closed under a running count failed to close ("Can't expel: Active transactions").
   */
  void stop() {
    stopping.set(true);
    org.apache.jena.query.QueryExecution q = counting.get();
    if (q != null) {
      q.abort();
    }
    awaitCount(java.time.Duration.ofSeconds(30));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    String method = req.getMethod();
    boolean read = method.equals("GET") || method.equals("HEAD");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean endpoint =
        Set.of(datasetPath + "/sparql", datasetPath + "/query").contains(path)
            && req.getParameter("query") == null
            && req.getParameter("update") == null;
    boolean voidPath = path.equals(datasetPath + "/void") || path.equals("/.well-known/void");
    if (!read || !(endpoint || voidPath)) {
      chain.doFilter(request, response);
      return;
    }
    String base =
        req.getScheme()
            + "://"
            + req.getServerName()
            + ":"
            + req.getServerPort()
            + req.getContextPath();
    String sparql = base + datasetPath + "/sparql";
    String voidUrl = base + datasetPath + "/void";
    DatasetDescription.Structure structure = structure();
    Optional<DatasetDescription.Counts> c = Optional.ofNullable(counted.get());
    Model m =
        endpoint
            ? DatasetDescription.serviceDescription(
                sparql, voidUrl, structure, c, federated, fullText)
            : DatasetDescription.voidDescription(sparql, voidUrl, structure, c);
    MediaType type = ConNeg.chooseContentType(req, OFFERED, DEFAULT);
    Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
    HttpServletResponse res = (HttpServletResponse) response;
    res.setStatus(200);
    res.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
    res.setHeader("Vary", "Accept");
    res.setHeader("Cache-Control", "no-cache");
    if (method.equals("GET")) {
      RDFDataMgr.write(res.getOutputStream(), m, lang);
    }
  }

  private DatasetDescription.Structure structure() {
    DatasetDescription.Structure s = cache ? structure.get() : null;
    if (s == null) {
      s = DatasetDescription.Structure.of(dataset);
      structure.set(s);
    }
    return s;
  }
}
