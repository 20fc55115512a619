package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFWriter;
import org.w3id.kamergraph.rdf.Prefixes;

/**
 * {@code /id/…}: every data IRI {@code https://w3id.org/kamergraph/id/…} at the matching local
 * path, as HTML for browsers (a document's page for a document, an entity's page otherwise) and as
 * Turtle, JSON-LD or N-Triples for programs ({@code Accept}, or a {@code .ttl}, {@code .jsonld},
 * {@code .nt} suffix). The RDF forms hold every triple the store has about the IRI as subject, in
 * any graph, once; the HTML form shows the same triples and, for reading, what points to it.
 */
final class EntityServlet extends HttpServlet {
  private final transient GraphReader reader;
  private final transient EntityPage entityPage;
  private final transient DocumentPage documentPage;

  EntityServlet(GraphReader reader) {
    this.reader = reader;
    Labels labels = new Labels(reader);
    this.entityPage = new EntityPage(reader, labels);
    this.documentPage = new DocumentPage(reader, labels);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String raw = req.getRequestURI().substring(Links.ID_PATH.length());
    Optional<Representation> bySuffix = Representation.bySuffix(raw);
    String path =
        bySuffix.map(r -> raw.substring(0, raw.length() - r.suffix().length())).orElse(raw);
    Optional<String> iri = Links.iriOf(path);
    resp.setHeader("Vary", "Accept");
    if (iri.isEmpty()) {
      Page.error(resp, 404, "Not found", "/id/" + raw + " is not an IRI of this graph.");
      return;
    }
    Optional<Representation> wanted =
        bySuffix.isPresent() ? bySuffix : Representation.byAccept(req.getHeader("Accept"));
    if (wanted.isEmpty()) {
      resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
      resp.setContentType("text/plain; charset=utf-8");
      resp.getWriter()
          .println(
              "406: ask for text/html, text/turtle, application/ld+json or application/n-triples");
      return;
    }
    try {
      Graph about = describe(iri.get());
      if (about.isEmpty() && !referenced(iri.get())) {
        Page.error(
            resp,
            404,
            "Not in this graph",
            iri.get() + " is not in this store: no triple has it as subject or object.");
        return;
      }
      if (wanted.get() == Representation.HTML) {
        boolean document =
            about.contains(
                NodeFactory.createURI(iri.get()),
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.w3id.kamergraph.rdf.KG.Document.asNode());
        Page page =
            document
                ? documentPage.render(iri.get(), about)
                : entityPage.render(iri.get(), about, page(req.getParameter("page")));
        page.send(resp, 200);
      } else {
        Page.headers(resp);
        resp.setStatus(200);
        resp.setContentType(wanted.get().mediaType() + "; charset=utf-8");
        about.getPrefixMapping().setNsPrefixes(Prefixes.standard().getMapping());
        RDFWriter.source(about).format(wanted.get().format()).output(resp.getOutputStream());
      }
    } catch (QueryCancelledException e) {
      Page.error(
          resp,
          503,
          "Too slow",
          "Reading " + iri.get() + " took longer than the server's query timeout; try again.");
    }
  }

  /** The page number asked for: 1 unless a positive number up to a million is given. */
  static int page(String given) {
    if (given == null || !given.matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Integer.parseInt(given);
  }

  /** Every triple with {@code iri} as subject, in any graph, once. */
  Graph describe(String iri) {
    return reader.construct(
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
        Map.of("s", NodeFactory.createURI(iri)));
  }

  private boolean referenced(String iri) {
    return reader.ask("ASK { GRAPH ?g { ?x ?p ?o } }", Map.of("o", NodeFactory.createURI(iri)));
  }
}
