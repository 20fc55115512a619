package org.w3id.kamergraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.rdf.KG;

/**
 * The SPARQL formulation the linking stage replaced (hash joins over the union of all graphs,
 * superlinear at scale), kept as a test oracle: {@code Linking.full} must give the same graph.
 *
 * <p>Joins questions to their answers across documents. Written questions are published on their
 * own ({@code kv-tk-…}, which names its zaak) and answered weeks later in the Aanhangsel ({@code
 * ah-tk-…}, which rarely does). Two documents belong to one zaak when one names the zaak and both
 * give the same submission date and share an asker. The links go into a graph of their own ({@link
 * #GRAPH}): each document's zaak ({@code kg:zaak}), and for each question without an answer in its
 * own document the answer with its number in another document of the zaak ({@code kg:answeredIn}).
 * Recomputed from the document graphs after every build; deterministic.
 */
public final class SparqlZaakLinker {
  /** The named graph holding the derived links. */
  public static final String GRAPH = KG.ID + "graph/zaken";

  private static final String PREFIXES =
      "PREFIX kg: <" + KG.NS + ">\nPREFIX dcterms: <" + DCTerms.getURI() + ">\n";
  private static final String DOCUMENTS =
      PREFIXES
          + "SELECT ?doc ?zaak ?nummer ?date ?member WHERE { GRAPH ?doc { ?doc a kg:Document ."
          + " OPTIONAL { ?doc kg:zaak ?zaak . ?zaak dcterms:identifier ?nummer }"
          + " OPTIONAL { ?doc dcterms:dateSubmitted ?date } OPTIONAL { ?doc kg:askedBy ?member } } }";
  private static final String BLOCKS =
      PREFIXES
          + "SELECT ?doc ?block ?number ?answered ?isAnswer WHERE { GRAPH ?doc { ?doc a kg:Document ."
          + " { ?doc kg:hasQuestion ?block . ?block kg:number ?number ."
          + "   BIND(EXISTS { ?block kg:hasAnswer ?x } AS ?answered) BIND(false AS ?isAnswer) }"
          + " UNION { ?block a kg:Answer ; kg:number ?number . BIND(true AS ?isAnswer) } } }";

  private record Doc(String iri, String zaak, String nummer, String date, Set<String> members) {}

  /** The number of links (document–zaak and question–answer) in a computed graph. */
  public static int count(Graph links) {
    return links
        .find(Node.ANY, Node.ANY, Node.ANY)
        .filterKeep(
            t ->
                !t.getPredicate().equals(RDF.type.asNode())
                    && !t.getPredicate().equals(DCTerms.identifier.asNode()))
        .toList()
        .size();
  }

  /**
   * The links between the document graphs of a dataset, read in the caller's transaction where the
   * dataset has them. Only the triples {@link #needs} keeps are used.
   */
  public static Graph compute(DatasetGraph dataset) {
    Map<String, Doc> docs = documents(dataset);
    Map<String, String> zaakOf = new TreeMap<>();
    Map<String, String> nummerOf = new HashMap<>();
    for (Doc d : docs.values()) {
      if (d.zaak() != null) {
        zaakOf.put(d.iri(), d.zaak());
        nummerOf.put(d.zaak(), d.nummer());
      }
    }
    Graph out = GraphFactory.createDefaultGraph();
    for (Doc d : docs.values()) {
      if (d.zaak() != null || d.date() == null) {
        continue;
      }
      Set<String> candidates = new TreeSet<>();
      for (Doc other : docs.values()) {
        if (other.zaak() != null
            && d.date().equals(other.date())
            && other.members().stream().anyMatch(d.members()::contains)) {
          candidates.add(other.zaak());
        }
      }
      if (candidates.size() == 1) { // two zaken fit: say nothing rather than guess
        String zaak = candidates.iterator().next();
        zaakOf.put(d.iri(), zaak);
        out.add(Triple.create(uri(d.iri()), KG.zaak.asNode(), uri(zaak)));
        out.add(Triple.create(uri(zaak), RDF.type.asNode(), KG.Zaak.asNode()));
        out.add(
            Triple.create(
                uri(zaak),
                DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString(nummerOf.get(zaak))));
      }
    }
    answers(dataset, zaakOf, out);
    return out;
  }

  /**
   * Whether linking needs a triple of a document graph: a caller that streams documents can keep
   * just these (a few dozen per document) and link at the end.
   */
  public static boolean needs(Triple t) {
    Node p = t.getPredicate();
    return p.equals(KG.zaak.asNode())
        || p.equals(DCTerms.dateSubmitted.asNode())
        || p.equals(KG.askedBy.asNode())
        || p.equals(KG.hasQuestion.asNode())
        || p.equals(KG.hasAnswer.asNode())
        || p.equals(KG.number.asNode())
        || (p.equals(DCTerms.identifier.asNode())
            && t.getSubject().getURI().startsWith(KG.ID + "zaak/"))
        || (p.equals(RDF.type.asNode())
            && (t.getObject().equals(KG.Document.asNode())
                || t.getObject().equals(KG.Answer.asNode())));
  }

  /** For each unanswered question, the answer with its number in another document of its zaak. */
  private static void answers(DatasetGraph store, Map<String, String> zaakOf, Graph out) {
    Map<String, Map<Integer, String>> answersByZaak = new HashMap<>();
    List<String[]> open = new ArrayList<>(); // doc, question, number
    select(
        store,
        BLOCKS,
        s -> {
          String doc = s.getResource("doc").getURI();
          String zaak = zaakOf.get(doc);
          int n = s.getLiteral("number").getInt();
          String block = s.getResource("block").getURI();
          if (s.getLiteral("isAnswer").getBoolean()) {
            if (zaak == null) {
              return;
            }
            answersByZaak
                .computeIfAbsent(zaak, k -> new TreeMap<>())
                .merge(n, block, (a, b) -> a.compareTo(b) <= 0 ? a : b);
          } else if (!s.getLiteral("answered").getBoolean()) {
            open.add(new String[] {doc, block, String.valueOf(n)});
          }
        });
    for (String[] q : open) {
      String answer =
          answersByZaak.getOrDefault(zaakOf.get(q[0]), Map.of()).get(Integer.parseInt(q[2]));
      if (answer != null && !answer.startsWith(q[0] + "/")) {
        out.add(Triple.create(uri(q[1]), KG.answeredIn.asNode(), uri(answer)));
      }
    }
    Map<String, Set<String>> openByDoc = new TreeMap<>();
    for (String[] q : open) { // no answer under any of its numbers
      if (!out.contains(uri(q[1]), KG.answeredIn.asNode(), Node.ANY)) {
        out.add(Triple.create(uri(q[1]), RDF.type.asNode(), KG.OpenQuestion.asNode()));
        openByDoc.computeIfAbsent(q[0], k -> new java.util.HashSet<>()).add(q[1]);
      }
    }
    openByDoc.forEach(
        (doc, qs) -> {
          out.add(
              Triple.create(
                  uri(doc),
                  KG.openQuestions.asNode(),
                  NodeFactory.createLiteralDT(
                      Integer.toString(qs.size()),
                      org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
          // and its submission date: the lexically smallest its own graph gives
          List<Node> dates = new ArrayList<>();
          select(
              store,
              "SELECT ?d WHERE { GRAPH <"
                  + doc
                  + "> { <"
                  + doc
                  + "> <"
                  + DCTerms.dateSubmitted.getURI()
                  + "> ?d } }",
              s -> dates.add(s.get("d").asNode()));
          dates.stream()
              .filter(Node::isLiteral)
              .min(java.util.Comparator.comparing(Node::getLiteralLexicalForm))
              .ifPresent(d -> out.add(Triple.create(uri(doc), KG.openSince.asNode(), d)));
        });
  }

  private static Map<String, Doc> documents(DatasetGraph store) {
    Map<String, Doc> docs = new TreeMap<>();
    select(
        store,
        DOCUMENTS,
        s -> {
          String iri = s.getResource("doc").getURI();
          Doc d =
              docs.computeIfAbsent(
                  iri,
                  k ->
                      new Doc(
                          k,
                          s.contains("zaak") ? s.getResource("zaak").getURI() : null,
                          s.contains("nummer") ? s.getLiteral("nummer").getLexicalForm() : null,
                          s.contains("date") ? s.getLiteral("date").getLexicalForm() : null,
                          new LinkedHashSet<>()));
          if (s.contains("member")) {
            d.members().add(s.getResource("member").getURI());
          }
        });
    return docs;
  }

  private static void select(
      DatasetGraph store, String query, java.util.function.Consumer<QuerySolution> each) {
    try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(store))) {
      ResultSet rs = qe.execSelect();
      rs.forEachRemaining(each);
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
