package org.w3id.kamergraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.Prefixes;
import org.w3id.kamergraph.store.TdbCensus;

/**
 * What the endpoint says about itself: a SPARQL 1.1 Service Description (what it runs, in which
 * formats, the dataset it serves) and a VoID description of that dataset (size, graphs, classes,
 * vocabularies, example resources, where its reference data comes from and under which licence).
 * Both are read from the store as it is; {@link Counts#of} is the costly part (it reads every index
 * entry once: seconds at 60,000 documents), so a server computes it once per state of the store.
 */
public final class DatasetDescription {
  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String VOID = "http://rdfs.org/ns/void#";
  static final String FORMATS = "http://www.w3.org/ns/formats/";

  /** The non-document graphs a build writes, and what each holds. */
  private static final Map<String, String> GRAPHS =
      java.util.Collections.unmodifiableSortedMap(
          new TreeMap<>(
              Map.of(
                  KG.ID + "graph/ministeries",
                      "ministries with their TOOI identifiers and names over time",
                  KG.ID + "graph/partijen", "parties (fracties) and their names",
                  KG.ID + "graph/personen",
                      "persons of the reference data: members and bewindspersonen",
                  KG.ID + "graph/zaken", "links between documents of one zaak, and open questions",
                  KG.ID + "graph/leden", "members linked to persons of the reference data",
                  KG.ID + "graph/statistiek", "tallies the library queries read",
                  KG.ID + "graph/tk", "Tweede Kamer open data, where imported")));

  /**
   * Where the reference graphs come from, and under which licence (see the reference data's
   * NOTICE.md).
   */
  private static final List<String[]> SOURCES =
      List.of(
          new String[] {
            "https://identifier.overheid.nl/tooi/set/rwc_ministeries_compleet",
            "TOOI register of ministries (open government data)",
            ""
          },
          new String[] {
            "https://github.com/openkamer/openkamer",
            "openkamer: persons, seats and posts (MIT licence)",
            "https://opensource.org/license/mit"
          },
          new String[] {
            "https://www.clarin.eu/parlamint",
            "ParlaMint-NL: persons and affiliations (CC BY 4.0)",
            "https://creativecommons.org/licenses/by/4.0/"
          },
          new String[] {
            "https://www.wikidata.org/",
            "Wikidata identifiers of parties and persons (CC0)",
            "https://creativecommons.org/publicdomain/zero/1.0/"
          },
          new String[] {
            "https://www.officielebekendmakingen.nl/",
            "the written questions and answers themselves (official publications)",
            ""
          });

  /** The vocabularies the graph uses. */
  private static final List<String> VOCABULARIES =
      List.of(
          KG.NS,
          DCTerms.NS,
          "http://xmlns.com/foaf/0.1/",
          "http://www.w3.org/ns/org#",
          "http://www.w3.org/2004/02/skos/core#",
          "http://www.w3.org/ns/prov#",
          "http://purl.org/spar/cito/",
          "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");

  /**
   * What a description says without counting: the reference and derived graphs the store holds, and
   * a document, a member and a ministry as examples. Quick to read at any size.
   *
   * @param graphs the names of the non-document graphs present
   * @param examples resources to start from, where the store has them
   */
  public record Structure(List<String> graphs, List<String> examples) {
    public Structure {
      graphs = List.copyOf(graphs);
      examples = List.copyOf(examples);
    }

    /** Reads the structure from {@code dataset}, in a read transaction of its own. */
    public static Structure of(DatasetGraph dataset) {
      return Txn.calculateRead(
          dataset,
          () -> {
            List<String> graphs =
                GRAPHS.keySet().stream()
                    .filter(
                        g -> dataset.containsGraph(org.apache.jena.graph.NodeFactory.createURI(g)))
                    .toList();
            List<String> examples = new ArrayList<>();
            for (Resource c : List.of(KG.AnswerDocument, KG.Member, KG.Ministry)) {
              // the first one the index gives: no ORDER BY, which would read every instance
              String first = "SELECT ?x WHERE { GRAPH ?g { ?x a <" + c.getURI() + "> } } LIMIT 1";
              try (QueryExecution qe =
                  QueryExecution.create(
                      first, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
                var rs = qe.execSelect();
                if (rs.hasNext() && rs.next().get("x") instanceof Resource r && r.isURIResource()) {
                  examples.add(r.getURI());
                }
              }
            }
            return new Structure(graphs, examples);
          });
    }
  }

  /**
   * The counts a description states.
   *
   * @param quads every quad in the store
   * @param documentGraphs the document graphs (one per document)
   * @param graphs triples of each non-document graph the store holds, by name
   * @param classes instances of each class (in any graph), by class IRI
   */
  public record Counts(
      long quads, long documentGraphs, Map<String, Long> graphs, Map<String, Long> classes) {
    public Counts {
      graphs = Map.copyOf(graphs);
      classes = Map.copyOf(classes);
    }

    /** Reads the counts from {@code dataset}, in a read transaction of its own. */
    public static Counts of(DatasetGraph dataset) {
      return of(dataset, () -> false, qe -> {});
    }

    /**
     * As {@link #of(DatasetGraph)}, giving up when {@code stopped} says so: the count reads every
     * quad (seconds at 60,000 documents on a TDB2 store, counted on its index entries; a minute
     * through the nodes of another) and its read transaction must end before the store can close.
     * {@code running} is handed the query that counts classes in a store other than TDB2, so it can
     * be aborted.
     *
     * @throws java.util.concurrent.CancellationException when stopped
     */
    public static Counts of(
        DatasetGraph dataset,
        java.util.function.BooleanSupplier stopped,
        java.util.function.Consumer<QueryExecution> running) {
      return Txn.calculateRead(dataset, () -> read(dataset, stopped, running));
    }

    private static Counts read(
        DatasetGraph dataset,
        java.util.function.BooleanSupplier stopped,
        java.util.function.Consumer<QueryExecution> running) {
      // a TDB2 store is counted on its index entries, without turning every node back into one
      TdbCensus.Census census =
          TdbCensus.of(dataset, stopped).orElseGet(() -> byNodes(dataset, stopped, running));
      String documentBase = KG.ID + "document/";
      long documents = 0;
      Map<String, Long> graphs = new TreeMap<>();
      for (var g : census.graphs().entrySet()) {
        if (g.getKey().isURI() && g.getKey().getURI().startsWith(documentBase)) {
          documents++;
        } else if (g.getKey().isURI()) {
          graphs.put(g.getKey().getURI(), g.getValue());
        }
      }
      Map<String, Long> classes = new TreeMap<>();
      census.classes().entrySet().stream()
          .filter(c -> c.getKey().isURI())
          .forEach(c -> classes.put(c.getKey().getURI(), c.getValue()));
      return new Counts(census.quads(), documents, graphs, classes);
    }

    /** The same counts through the dataset's nodes and a SPARQL query, for a store not TDB2. */
    private static TdbCensus.Census byNodes(
        DatasetGraph dataset,
        java.util.function.BooleanSupplier stopped,
        java.util.function.Consumer<QueryExecution> running) {
      Map<Node, Long> graphs = new java.util.HashMap<>();
      var it = dataset.listGraphNodes();
      while (it.hasNext()) {
        checkNotStopped(stopped);
        Node g = it.next();
        graphs.put(g, count(dataset.find(g, Node.ANY, Node.ANY, Node.ANY), stopped));
      }
      Map<Node, Long> classes = new java.util.HashMap<>();
      String q =
          "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }"
              + " GROUP BY ?class";
      try (QueryExecution qe =
          QueryExecution.create(q, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
        running.accept(qe);
        checkNotStopped(stopped); // stopped before the query was handed over: abort came too early
        var rs = qe.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          classes.put(s.get("class").asNode(), s.getLiteral("n").getLong());
        }
      }
      // every quad is in one named graph or in the default graph: the total needs no second pass
      long quads =
          graphs.values().stream().mapToLong(Long::longValue).sum()
              + count(
                  dataset.find(
                      org.apache.jena.sparql.core.Quad.defaultGraphIRI,
                      Node.ANY,
                      Node.ANY,
                      Node.ANY),
                  stopped);
      return new TdbCensus.Census(quads, graphs, classes);
    }

    private static long count(
        java.util.Iterator<?> it, java.util.function.BooleanSupplier stopped) {
      long n = 0;
      while (it.hasNext()) {
        it.next();
        if ((++n & 0xFFF) == 0) {
          checkNotStopped(stopped);
        }
      }
      return n;
    }

    private static void checkNotStopped(java.util.function.BooleanSupplier stopped) {
      if (stopped.getAsBoolean()) {
        throw new java.util.concurrent.CancellationException("the server is stopping");
      }
    }
  }

  /**
   * The Service Description of the endpoint at {@code endpoint}, serving the dataset described at
   * {@code voidUrl}.
   *
   * @param federated whether SERVICE may fetch from some hosts (sd:BasicFederatedQuery)
   * @param fullText whether the store's full-text index answers {@code text:query}
   */
  public static Model serviceDescription(
      String endpoint,
      String voidUrl,
      Structure structure,
      java.util.Optional<Counts> counts,
      boolean federated,
      boolean fullText) {
    Model m = model();
    Resource service = m.createResource(endpoint);
    service
        .addProperty(RDF.type, m.createResource(SD + "Service"))
        .addProperty(m.createProperty(SD + "endpoint"), service)
        .addProperty(
            m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
        .addProperty(
            m.createProperty(SD + "defaultEntailmentRegime"),
            m.createResource("http://www.w3.org/ns/entailment/Simple"))
        .addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
    if (federated) {
      service.addProperty(
          m.createProperty(SD + "feature"), m.createResource(SD + "BasicFederatedQuery"));
    }
    if (fullText) {
      service.addProperty(
          m.createProperty(SD + "languageExtension"),
          m.createResource("http://jena.apache.org/text#query"));
    }
    for (String f :
        List.of(
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "RDF_XML",
            "JSON-LD")) {
      service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + f));
    }
    Resource dataset = m.createResource(voidUrl + "#dataset");
    service.addProperty(m.createProperty(SD + "defaultDataset"), dataset);
    dataset
        .addProperty(RDF.type, m.createResource(SD + "Dataset"))
        .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
        .addProperty(DCTerms.title, "kamergraph")
        .addProperty(
            DCTerms.description,
            "Dutch written parliamentary questions and answers; the default graph is the union of"
                + " the named graphs, one per document plus reference and derived graphs.");
    Resource defaultGraph = m.createResource();
    dataset.addProperty(m.createProperty(SD + "defaultGraph"), defaultGraph);
    defaultGraph
        .addProperty(RDF.type, m.createResource(SD + "Graph"))
        .addProperty(DCTerms.description, "the union of every named graph");
    counts.ifPresent(
        c -> defaultGraph.addLiteral(m.createProperty(VOID + "triples"), count(m, c.quads())));
    // the reference and derived graphs by name; the document graphs (one per document, tens of
    // thousands) are counted in the VoID description instead of listed
    for (String name : structure.graphs()) {
      Resource named = m.createResource();
      Resource graph = m.createResource();
      dataset.addProperty(m.createProperty(SD + "namedGraph"), named);
      named
          .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
          .addProperty(m.createProperty(SD + "name"), m.createResource(name))
          .addProperty(m.createProperty(SD + "graph"), graph);
      graph
          .addProperty(RDF.type, m.createResource(SD + "Graph"))
          .addProperty(DCTerms.description, GRAPHS.get(name));
      counts
          .map(c -> c.graphs().get(name))
          .ifPresent(n -> graph.addLiteral(m.createProperty(VOID + "triples"), count(m, n)));
    }
    return m;
  }

  /** The VoID description of the dataset (at {@code voidUrl}) served at {@code endpoint}. */
  public static Model voidDescription(
      String endpoint, String voidUrl, Structure structure, java.util.Optional<Counts> counts) {
    Model m = model();
    Property triples = m.createProperty(VOID + "triples");
    Resource dataset = m.createResource(voidUrl + "#dataset");
    dataset
        .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
        .addProperty(DCTerms.title, "kamergraph")
        .addProperty(
            DCTerms.description,
            "Written questions of the Tweede Kamer and the ministers' answers as a knowledge"
                + " graph: askers and their parties, ministries and posts asked and answering,"
                + " cited Kamerstukken, zaken, dates, and the text span behind every fact.")
        .addProperty(m.createProperty(VOID + "sparqlEndpoint"), m.createResource(endpoint))
        .addProperty(m.createProperty(VOID + "uriSpace"), KG.ID);
    counts.ifPresent(
        c ->
            dataset
                .addLiteral(triples, count(m, c.quads()))
                .addLiteral(m.createProperty(VOID + "documents"), count(m, c.documentGraphs())));
    VOCABULARIES.forEach(
        v -> dataset.addProperty(m.createProperty(VOID + "vocabulary"), m.createResource(v)));
    for (String[] s : SOURCES) {
      Resource source = m.createResource(s[0]).addProperty(DCTerms.title, s[1]);
      if (!s[2].isEmpty()) {
        source.addProperty(DCTerms.license, m.createResource(s[2]));
      }
      dataset.addProperty(DCTerms.source, source);
    }
    counts
        .map(Counts::classes)
        .orElse(Map.of())
        .forEach(
            (c, n) ->
                dataset.addProperty(
                    m.createProperty(VOID + "classPartition"),
                    m.createResource()
                        .addProperty(m.createProperty(VOID + "class"), m.createResource(c))
                        .addLiteral(m.createProperty(VOID + "entities"), count(m, n))));
    for (String name : structure.graphs()) {
      Resource subset =
          m.createResource(name)
              .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
              .addProperty(DCTerms.description, GRAPHS.get(name));
      counts.map(c -> c.graphs().get(name)).ifPresent(n -> subset.addLiteral(triples, count(m, n)));
      dataset.addProperty(m.createProperty(VOID + "subset"), subset);
    }
    for (String example : structure.examples()) {
      dataset.addProperty(m.createProperty(VOID + "exampleResource"), m.createResource(example));
    }
    return m;
  }

  /** A count as VoID writes it: an xsd:integer. */
  private static org.apache.jena.rdf.model.Literal count(Model m, long n) {
    return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
  }

  private static Model model() {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Prefixes.standard().getMapping());
    m.setNsPrefix("sd", SD);
    m.setNsPrefix("void", VOID);
    m.setNsPrefix("formats", FORMATS);
    m.setNsPrefix("xsd", XSD.NS);
    return m;
  }
}
