package org.w3id.kamergraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * Checks the files in {@code ontology/} and {@code queries/}: they parse, the ontology and {@link
 * KG} agree term for term, every kg: term used in shapes and queries is defined, a hand-written
 * sample output conforms to the shapes, broken variants of it do not, and every query runs against
 * the sample with the union default graph on (as in Fuseki).
 */
class OntologyFilesTest {
  private static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  private static final Path ONTOLOGY = BASE.resolve("ontology/kamergraph.ttl");
  private static final Path SHAPES = BASE.resolve("ontology/shapes.ttl");
  private static final Path QUERIES = BASE.resolve("queries");
  private static final String ID = KG.ID;
  private static final Pattern KG_PREFIXED = Pattern.compile("\\bkg:([A-Za-z][A-Za-z0-9_]*)");

  private static Model ontology() {
    return RDFDataMgr.loadModel(ONTOLOGY.toString());
  }

  /** Local names of every term the ontology defines in the kg: namespace. */
  private static Set<String> definedTerms(Model m) {
    Set<String> terms = new TreeSet<>();
    for (Resource type :
        List.of(
            OWL.Class,
            OWL.ObjectProperty,
            OWL.DatatypeProperty,
            OWL.AnnotationProperty,
            RDF.Property)) {
      m.listResourcesWithProperty(RDF.type, type)
          .forEachRemaining(
              r -> {
                if (r.isURIResource() && r.getURI().startsWith(KG.NS)) {
                  terms.add(r.getURI().substring(KG.NS.length()));
                }
              });
    }
    return terms;
  }

  private static Set<String> kgConstants() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field f : KG.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        String uri = ((Resource) f.get(null)).getURI();
        assertThat(uri).as("constant %s", f.getName()).startsWith(KG.NS);
        assertThat(uri.substring(KG.NS.length())).as("constant name").isEqualTo(f.getName());
        names.add(f.getName());
      }
    }
    return names;
  }

  private static List<Path> queryFiles() throws IOException {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
  }

  @Test
  void ontologyDeclaresItself() {
    Model m = ontology();
    assertThat(m.listResourcesWithProperty(RDF.type, OWL.Ontology).toList()).hasSize(1);
  }

  @Test
  void ontologyAndVocabularyConstantsAgree() throws IllegalAccessException {
    Set<String> defined = definedTerms(ontology());
    Set<String> constants = kgConstants();
    assertThat(defined).as("kg: terms in ontology/kamergraph.ttl").isEqualTo(constants);
  }

  @Test
  void everyTermHasDutchAndEnglishLabelAndComment() {
    Model m = ontology();
    for (String local : definedTerms(m)) {
      Resource r = m.createResource(KG.NS + local);
      for (var p : List.of(RDFS.label, RDFS.comment)) {
        for (String lang : List.of("nl", "en")) {
          boolean present =
              m.listObjectsOfProperty(r, p)
                  .filterKeep(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                  .hasNext();
          assertThat(present).as("kg:%s %s@%s", local, p.getLocalName(), lang).isTrue();
        }
      }
    }
  }

  @Test
  void graphContractTermsAreDefined() {
    Set<String> defined = definedTerms(ontology());
    assertThat(defined)
        .contains(
            "Document",
            "Question",
            "Answer",
            "Member",
            "Party",
            "Ministry",
            "Programme",
            "Report",
            "Organisation",
            "Kamerstuk",
            "Mention",
            "sourceFile",
            "zaakNummer",
            "dateAnswered",
            "askedBy",
            "addressedTo",
            "answeredBy",
            "hasQuestion",
            "hasAnswer",
            "mentions",
            "number",
            "text",
            "inDocument",
            "refersTo",
            "dossier",
            "ondernummer");
  }

  @Test
  void shapesParseAndUseOnlyDefinedTerms() {
    Graph g = RDFDataMgr.loadGraph(SHAPES.toString());
    Shapes shapes = Shapes.parse(g);
    assertThat(shapes.numRootShapes()).isGreaterThanOrEqualTo(15);
    Set<String> defined = definedTerms(ontology());
    Set<String> used = new TreeSet<>();
    g.find()
        .forEachRemaining(
            t -> {
              for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(KG.NS)) {
                  used.add(n.getURI().substring(KG.NS.length()));
                }
              }
            });
    assertThat(defined).as("kg: terms used in shapes.ttl").containsAll(used);
  }

  @Test
  void queriesParseAndExplainThemselves() throws IOException {
    List<Path> files = queryFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(14);
    Set<String> defined = definedTerms(ontology());
    for (Path file : files) {
      String name = file.getFileName().toString();
      assertThat(name).as("file name").matches("[a-z0-9]+(-[a-z0-9]+)*\\.rq");
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as("%s opens with a # comment", name).startsWith("#");
      assertThat(text).as("%s names its columns", name).containsIgnoringCase("columns");
      try {
        QueryFactory.create(text);
      } catch (RuntimeException e) {
        fail(name + ": " + e.getMessage());
      }
      Matcher m = KG_PREFIXED.matcher(text);
      while (m.find()) {
        assertThat(defined).as("%s uses kg:%s", name, m.group(1)).contains(m.group(1));
      }
    }
  }

  // --- the sample output -------------------------------------------------------------------

  private static DatasetGraph sample() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.source(resource("kamergraph/ontology/sample.trig")).lang(Lang.TRIG).parse(dsg);
    addReference(dsg, "kamergraph/reference/ministries.ttl", "graph/ministeries");
    addReference(dsg, "kamergraph/reference/parties.ttl", "graph/partijen");
    return dsg;
  }

  /** The sample with the graphs a build derives (zaak and member links, tallies). */
  private static DatasetGraph sampleAsBuilt() {
    DatasetGraph dsg = sample();
    for (org.w3id.kamergraph.link.LinkDelta d : new org.w3id.kamergraph.link.Linking().full(dsg)) {
      Node g = org.apache.jena.graph.NodeFactory.createURI(d.graphIri());
      d.added().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
    }
    return dsg;
  }

  private static void addReference(DatasetGraph dsg, String resource, String graph) {
    Graph g = RDFParser.source(resource(resource)).lang(Lang.TURTLE).toGraph();
    Node name = org.apache.jena.graph.NodeFactory.createURI(ID + graph);
    g.find().forEachRemaining(t -> dsg.add(new Quad(name, t)));
  }

  private static String resource(String name) {
    var url = OntologyFilesTest.class.getClassLoader().getResource(name);
    assertThat(url).as("resource %s", name).isNotNull();
    return url.toString();
  }

  private static ValidationReport validate(DatasetGraph dsg) {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    return ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
  }

  @Test
  void sampleOutputConforms() {
    ValidationReport report = validate(sample());
    if (!report.conforms()) {
      org.apache.jena.shacl.lib.ShLib.printReport(report);
    }
    assertThat(report.conforms()).isTrue();
  }

  /** Each broken variant of the sample must be caught by the shapes. */
  @Test
  void shapesCatchMistakes() {
    String doc = ID + "document/ah-tk-20232024-9901";
    String prefixes =
        """
        @prefix kg: <https://w3id.org/kamergraph/def#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix org: <http://www.w3.org/ns/org#> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix kst: <https://w3id.org/kamergraph/id/kamerstuk/> .
        """;
    List<String> mistakes =
        List.of(
            "<" + doc + "> kg:zaakNummer \"2024Z1030\" .",
            "<" + doc + "> kg:sourceFile \"second.txt\" .",
            "<" + doc + "> kg:sourceFile \"corpus/ah-tk.txt\" .",
            "<" + doc + "> kg:sourceFormat \"PDF\" .",
            "<" + doc + "> kg:dateAnswered \"2024-04-24\" .",
            "<" + doc + "> kg:dateAnswered \"2024-04-25\"^^xsd:date .",
            "<" + doc + "> a kg:PostponementNotice .",
            "<" + doc + "/vraag/1> kg:number 3 .",
            "<" + doc + "/vraag/1> kg:number \"1\" .",
            "<"
                + doc
                + "/vraag/9> a kg:Question ; kg:number 9 ; kg:text \"?\" ;"
                + " nif:beginIndex 1 ; nif:endIndex 2 .",
            "<" + doc + "/antwoord/1> nif:beginIndex 700 .",
            "<" + doc + "/mention/793-796> kg:refersTo <" + ID + "organisatie/svb> .",
            "<"
                + doc
                + "/mention/1-0> a kg:Mention ; kg:inDocument <"
                + doc
                + "> ;"
                + " kg:refersTo <"
                + ID
                + "organisatie/uwv> ; nif:beginIndex 1 ; nif:endIndex 0 ;"
                + " nif:anchorOf \"x\" .",
            "kst:26643-1125 a kg:Kamerstuk ; dcterms:identifier \"kst-26 643-1125\" ;"
                + " kg:dossier \"26643\" ; kg:ondernummer \"1125\" .",
            "kst:36410-A-59 kg:dossierToevoeging \"B\" .",
            "<"
                + ID
                + "post/minister-van-financien> kg:hostMinistry <"
                + ID
                + "ministerie/mnre1090> .",
            "<" + ID + "lid/d66/x> a kg:Member ; foaf:name \"X\" .",
            "<"
                + ID
                + "partij/nieuw> a kg:Party ; <http://www.w3.org/2004/02/skos/core#prefLabel>"
                + " \"Nieuw\" .",
            "<" + doc + "> kg:askedBy <" + ID + "persoon/brandsma-oudejans> .",
            // answered before it was submitted (ingezonden 11 april 2024)
            "<" + ID + "document/kv-tk-2024Z09902> kg:dateAnswered \"2024-04-01\"^^xsd:date .",
            // a Mededeling with an answer
            "<"
                + ID
                + "document/ah-tk-20222023-9903/vraag/1> kg:hasAnswer <"
                + ID
                + "document/ah-tk-20222023-9903/antwoord/1> .");
    List<String> missed = new ArrayList<>();
    for (String mistake : mistakes) {
      DatasetGraph dsg = sample();
      Graph extra =
          RDFParser.create()
              .source(new StringReader(prefixes + mistake))
              .lang(Lang.TURTLE)
              .toGraph();
      Node g = org.apache.jena.graph.NodeFactory.createURI(doc);
      extra.find().forEachRemaining((Triple t) -> dsg.add(new Quad(g, t)));
      if (validate(dsg).conforms()) {
        missed.add(mistake);
      }
    }
    assertThat(missed).as("mistakes the shapes did not catch").isEmpty();
  }

  @Test
  void everyQueryRunsOnTheSampleWithTheUnionDefaultGraph(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    // a store as a build leaves it, full-text index included (the search queries use it)
    try (org.w3id.kamergraph.store.TdbStore store =
        org.w3id.kamergraph.store.TdbStore.open(tmp.resolve("db"))) {
      DatasetGraph sample = sampleAsBuilt();
      assertThat(sample.getDefaultGraph().isEmpty()).isTrue();
      sample
          .listGraphNodes()
          .forEachRemaining(g -> store.replaceGraph(g.getURI(), sample.getGraph(g)));
      runEveryQuery(org.apache.jena.query.DatasetFactory.wrap(store.dataset()));
    }
  }

  private static void runEveryQuery(Dataset ds) throws IOException {
    List<String> empty = new ArrayList<>();
    for (Path file : queryFiles()) {
      // the analyst's example member is not in the sample; ask for one who is
      String text =
          Files.readString(file, StandardCharsets.UTF_8).replace("\"Rajkowski\"", "\"Kemal\"");
      Query query = QueryFactory.create(text);
      ds.begin(TxnType.READ);
      try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
        int rows = ResultSetFormatter.consume(qe.execSelect());
        if (rows == 0) {
          empty.add(file.getFileName().toString());
        }
      } finally {
        ds.end();
      }
    }
    assertThat(empty).as("queries that found nothing in the sample").isEmpty();
  }

  @Test
  void daysToAnswerAreExact() throws IOException {
    Dataset ds = TDB2Factory.createDataset();
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    DatasetGraph sample = sampleAsBuilt();
    ds.executeWrite(() -> sample.find().forEachRemaining(q -> ds.asDatasetGraph().add(q)));
    String text =
        Files.readString(QUERIES.resolve("days-to-answer-per-ministry.rq"), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    ds.executeRead(
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ds).query(text).build()) {
            qe.execSelect()
                .forEachRemaining(
                    s ->
                        rows.add(
                            s.getLiteral("label").getLexicalForm()
                                + " "
                                + s.getLiteral("minDays").getInt()
                                + " "
                                + s.getLiteral("maxDays").getInt()));
          }
        });
    // ingezonden 3 april 2024, ontvangen 24 april 2024: 21 days; the notice is not an answer
    assertThat(rows)
        .containsExactlyInAnyOrder(
            "Ministerie van Financiën 21 21",
            "Ministerie van Sociale Zaken en Werkgelegenheid 21 21");
  }
}
