package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ShapesValidator;
import org.w3id.kamergraph.store.TdbStore;

/**
 * One person is one entity where years meet: the written documents of {@code
 * src/test/resources/identity/} (2001–2024, real people in the offices they held then) built into
 * one store with the examples, and each case the issue names pinned by a query on that store.
 */
class IdentityAcrossYearsTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final String ID = KG.ID;
  static final String PERSOON = ID + "persoon/";
  static final String DOC = ID + "document/";

  @TempDir static Path tmp;
  static TdbStore store;

  @BeforeAll
  static void build() {
    store = TdbStore.open(tmp.resolve("db"));
    TestBuilds.build(
        Pipeline.standard(),
        store,
        List.of(BASE.resolve("src/test/resources/identity"), BASE.resolve("examples")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void aMemberIsOnePersonWhateverPartyTheyAskFor() {
    // Kuzu asked for the PvdA in 2013 and for DENK in 2017: one person, two memberships
    assertThat(askers("ah-tk-20122013-9103")).containsExactly(PERSOON + "kuzu-tunahan");
    assertThat(askers("ah-tk-20162017-9104")).containsExactly(PERSOON + "kuzu-tunahan");
    assertThat(
            select(
                """
                SELECT ?party ?day WHERE {
                  ?m a org:Membership ; org:member <%skuzu-tunahan> ;
                     org:organization/skos:notation ?party ;
                     org:memberDuring/time:hasBeginning/time:inXSDDate ?day }
                ORDER BY ?day"""
                    .formatted(PERSOON)))
        .containsExactly("PvdA 2013-05-14", "DENK 2017-06-12");
  }

  @Test
  void aMembershipOverTheDocumentsRunsFromTheFirstToTheLast() {
    assertThat(
            select(
                """
                SELECT ?party ?first ?last ?n WHERE { GRAPH <%s> {
                  ?m a kg:MembershipSpan ; org:member <%skuzu-tunahan> ;
                     org:organization ?p ; kg:attestationCount ?n ;
                     org:memberDuring [ time:hasBeginning/time:inXSDDate ?first ;
                                        time:hasEnd/time:inXSDDate ?last ] }
                  ?p skos:notation ?party }
                ORDER BY ?first"""
                    .formatted(Linking.membershipGraph(), PERSOON)))
        .containsExactly("PvdA 2013-05-14 2013-05-14 1", "DENK 2017-06-12 2017-06-12 1");
    // every span is what the documents' own memberships and tenures add up to, and no other
    // span exists
    List<String> memberships = attested("org:Membership", "org:organization");
    assertThat(memberships).hasSizeGreaterThan(10);
    assertThat(spans("kg:MembershipSpan", "org:organization")).isEqualTo(memberships);
    List<String> tenures = attested("kg:PostTenure", "kg:post");
    assertThat(tenures).hasSizeGreaterThan(5);
    assertThat(spans("kg:TenureSpan", "kg:post")).isEqualTo(tenures);
  }

  /** The spans of one class in the memberships graph: member, party or post, bounds, count. */
  private static List<String> spans(String spanClass, String property) {
    return select(
        """
        SELECT ?member ?thing ?first ?last ?n WHERE { GRAPH <%s> {
          ?m a %s ; org:member ?member ; %s ?thing ; kg:attestationCount ?n
          OPTIONAL { ?m org:memberDuring [ time:hasBeginning/time:inXSDDate ?first ;
                                           time:hasEnd/time:inXSDDate ?last ] } } }
        ORDER BY ?member ?thing"""
            .formatted(Linking.membershipGraph(), spanClass, property));
  }

  /** The same, aggregated from the documents' own one-day attestations of one class. */
  private static List<String> attested(String attestationClass, String property) {
    return select(
        """
        SELECT ?member ?thing (MIN(?day) AS ?first) (MAX(?day) AS ?last)
               (COUNT(DISTINCT ?doc) AS ?n)
        WHERE { GRAPH ?doc { ?doc a kg:Document .
          ?a a %s ; org:member ?member ; %s ?thing .
          OPTIONAL { ?a org:memberDuring/time:hasBeginning/time:inXSDDate ?day } } }
        GROUP BY ?member ?thing ORDER BY ?member ?thing"""
            .formatted(attestationClass, property));
  }

  @Test
  void aPartyIsTheFractieOfTheDocumentsDate() {
    // before 6 December 2023 GroenLinks and PvdA are fracties of their own; after it a member
    // writing "GroenLinks" asks for the joint fractie, and the text's party is kept
    assertThat(
            select(
                """
                SELECT ?party ?written WHERE { GRAPH <%sah-tk-20242025-9111> {
                  ?m a org:Membership ; org:organization/skos:notation ?party .
                  OPTIONAL { ?m kg:partyAsWritten ?w } BIND (COALESCE(?w, "-") AS ?written) } }
                ORDER BY ?written"""
                    .formatted(DOC)))
        .containsExactly("GL-PvdA -", "GL-PvdA GroenLinks");
    assertThat(
            select(
                """
                SELECT ?party WHERE { GRAPH <%sah-tk-20212022-9110> {
                  ?m a org:Membership ; org:organization/skos:notation ?party } }
                ORDER BY ?party"""
                    .formatted(DOC)))
        .containsExactly("GroenLinks", "PvdA");
    // the mention keeps the text as written
    assertThat(
            select(
                """
                SELECT ?a WHERE { GRAPH <%sah-tk-20242025-9111> {
                  ?m kg:refersTo <%spartij/gl-pvda> ; nif:anchorOf ?a } } ORDER BY ?a"""
                    .formatted(DOC, ID)))
        .containsExactly("GroenLinks", "GroenLinks-PvdA");
  }

  @Test
  void theLibraryListsAPersonsPartiesAndPostsOverTime() throws java.io.IOException {
    String q =
        java.nio.file.Files.readString(BASE.resolve("queries/memberships-of-person.rq"))
            .replace("\"Rajkowski\"", "\"Wiersma\"");
    List<String> rows = selectFull(q);
    assertThat(rows)
        .containsExactly(
            PERSOON + "wiersma-dennis Dennis Wiersma party VVD 2019-05-14 2019-05-14 1",
            PERSOON
                + "wiersma-dennis Dennis Wiersma post Staatssecretaris van Sociale Zaken en"
                + " Werkgelegenheid 2021-02-02 2021-02-02 1");
  }

  @Test
  void aSurnameAndADateTheRegisterIsCompleteForIdentifyOnePerson() {
    // Omtzigt in 2009 and 2018 (seats complete 2008–2019): the one member of that name then
    assertThat(askers("ah-tk-20082009-9102")).containsExactly(PERSOON + "omtzigt-pieter");
    assertThat(askers("ah-tk-20172018-9105")).containsExactly(PERSOON + "omtzigt-pieter");
    assertThat(select("SELECT ?wd WHERE { <%somtzigt-pieter> owl:sameAs ?wd }".formatted(PERSOON)))
        .containsExactly("http://www.wikidata.org/entity/Q7192814");
  }

  @Test
  void aMinisterWhoWasAMemberIsTheSamePerson() {
    // Wiersma asked as a member (VVD) in 2019 and answered as staatssecretaris of SZW in 2021
    assertThat(askers("ah-tk-20182019-9106")).containsExactly(PERSOON + "wiersma-dennis");
    assertThat(answerers("ah-tk-20202021-9107")).containsExactly(PERSOON + "wiersma-dennis");
  }

  @Test
  void twoPeopleOfOneSurnameStayApart() {
    // Klaas de Vries (BZK, 2001: before the register) and Aukje de Vries (Financiën, 2022)
    List<String> de2001 = answerers("ah-tk-20002001-9101");
    List<String> de2022 = answerers("ah-tk-20212022-9108");
    assertThat(de2022).containsExactly(PERSOON + "de-vries-aukje");
    assertThat(de2001).containsExactly(PERSOON + "de-vries/tk1998/bewindspersoon");
    assertThat(
            select(
                "SELECT ?t WHERE { <%sde-vries/tk1998/bewindspersoon> a ?t }".formatted(PERSOON)))
        .contains(ID.replace("/id/", "/def#") + "UnidentifiedPerson");
  }

  @Test
  void nameAloneOutsideTheRegisterIsNeverJoinedToAnIdentifiedPerson() {
    // Omtzigt in 2021 and 2024: the register's seats end in 2019, so the name stays per term,
    // with the register's Omtzigt as a candidate, not merged
    assertThat(askers("ah-tk-20202021-9107")).containsExactly(PERSOON + "omtzigt/tk2017/lid");
    assertThat(askers("ah-tk-20242025-9109")).containsExactly(PERSOON + "omtzigt/tk2023/lid");
    assertThat(
            select("SELECT ?c WHERE { <%somtzigt/tk2023/lid> kg:candidate ?c }".formatted(PERSOON)))
        .containsExactly(PERSOON + "omtzigt-pieter");
  }

  @Test
  void theLibraryListsTheAmbiguousNamesWithTheirCandidates() throws java.io.IOException {
    List<String> rows =
        selectFull(java.nio.file.Files.readString(BASE.resolve("queries/ambiguous-names.rq")));
    assertThat(rows)
        .contains(PERSOON + "omtzigt/tk2023/lid Omtzigt 1 " + PERSOON + "omtzigt-pieter")
        .anyMatch(
            r ->
                r.startsWith(PERSOON + "de-vries/tk1998/bewindspersoon De Vries 1 ")
                    && r.contains(PERSOON + "de-vries-aukje")
                    && r.contains(PERSOON + "de-vries-jack"))
        .noneMatch(r -> r.startsWith(PERSOON + "omtzigt-pieter "));
  }

  @Test
  void aPostIsInOneMinistryOfOneEra() {
    Map<String, List<String>> postIn = new TreeMap<>();
    for (String row :
        select(
            """
            SELECT DISTINCT ?post ?ministry WHERE {
              GRAPH ?g { ?d kg:addressedTo ?post } ?post org:postIn ?ministry }""")) {
      String[] f = row.split(" ");
      postIn.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
    }
    postIn.forEach((post, ministries) -> assertThat(ministries).as(post).hasSize(1));
    // "Minister van LNV" of 2009 and of 2019: two posts in two ministries
    assertThat(postIn)
        .containsEntry(
            ID + "post/minister-van-landbouw-natuur-en-voedselkwaliteit/mnre1150",
            List.of(ID + "ministerie/mnre1150"))
        .containsEntry(
            ID + "post/minister-van-landbouw-natuur-en-voedselkwaliteit/mnre1153",
            List.of(ID + "ministerie/mnre1153"));
    // the ministries' lineage: EL&I (mnre1045) replaced EZ and LNV of before 2010; LNV of 2017
    // and KGG of 2024 were split from it
    assertThat(select("SELECT ?old WHERE { min:mnre1045 dcterms:replaces ?old }"))
        .containsExactlyInAnyOrder(ID + "ministerie/mnre1040", ID + "ministerie/mnre1150");
    assertThat(select("SELECT ?m WHERE { ?m prov:wasDerivedFrom min:mnre1045 }"))
        .containsExactlyInAnyOrder(ID + "ministerie/mnre1153", ID + "ministerie/mnre1182");
  }

  @Test
  void anotherCountrysMinisterIsNotADutchMinistry() {
    // "de Armeense Minister van Buitenlandse Zaken" and "de minister van Economische Zaken van
    // Duitsland" are mentioned; neither is the Dutch ministry
    assertThat(mentioned("ah-tk-20082009-9102")).doesNotContain(ID + "ministerie/mnre1013");
    assertThat(mentioned("ah-tk-20082009-9102")).contains(ID + "ministerie/mnre1040");
    assertThat(
            select(
                """
                SELECT ?a WHERE { GRAPH <%sah-tk-20242025-9109> {
                  ?m kg:refersTo min:mnre1045 ; nif:anchorOf ?a ; nif:beginIndex ?b } }
                ORDER BY ?b"""
                    .formatted(DOC)))
        .as("the Dutch minister of EZ: header, question and answer; the German one not")
        .hasSize(3);
  }

  @Test
  void perMinistryQueriesCountEachDocumentOnce() throws java.io.IOException {
    // the library's count per ministry against the documents whose own graph addresses a post of
    // it, each counted once
    Map<String, String> distinct = new TreeMap<>();
    for (String row :
        select(
            """
            SELECT ?ministry (COUNT(DISTINCT ?d) AS ?n) WHERE {
              GRAPH ?d { ?d kg:addressedTo ?post .
                { ?post org:postIn ?ministry } UNION { ?post kg:hostMinistry ?ministry } } }
            GROUP BY ?ministry""")) {
      String[] f = row.split(" ");
      distinct.put(f[0], f[1]);
    }
    Map<String, String> library = new TreeMap<>();
    String q = java.nio.file.Files.readString(BASE.resolve("queries/ministries-asked-most.rq"));
    for (String row : selectFull(q.replace("SELECT ?ministry ?label", "SELECT ?ministry"))) {
      String[] f = row.split(" ");
      library.put(f[0], f[f.length - 2]);
    }
    assertThat(distinct).isNotEmpty();
    assertThat(library).isEqualTo(distinct);
  }

  @Test
  void theUnionConformsToTheShapes() {
    Graph all =
        Txn.calculateRead(
            store.dataset(),
            () -> {
              Graph g = GraphFactory.createDefaultGraph();
              store.dataset().find().forEachRemaining(q -> g.add(q.asTriple()));
              return g;
            });
    ValidationReport report = ShapesValidator.standard().validate(all);
    assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
  }

  private static List<String> askers(String doc) {
    return select("SELECT ?p WHERE { GRAPH <%s%s> { ?d kg:askedBy ?p } }".formatted(DOC, doc));
  }

  private static List<String> answerers(String doc) {
    return select("SELECT ?p WHERE { GRAPH <%s%s> { ?d kg:answeredBy ?p } }".formatted(DOC, doc));
  }

  private static List<String> mentioned(String doc) {
    return select("SELECT ?e WHERE { GRAPH <%s%s> { ?m kg:refersTo ?e } }".formatted(DOC, doc));
  }

  /** The rows of a query over the union of the graphs, each row's values joined by spaces. */
  private static List<String> select(String body) {
    return selectFull(PREFIXES + body);
  }

  private static final String PREFIXES =
      """
        PREFIX kg: <https://w3id.org/kamergraph/def#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX time: <http://www.w3.org/2006/time#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX min: <https://w3id.org/kamergraph/id/ministerie/>
        """;

  private static List<String> selectFull(String q) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          List<String> out = new ArrayList<>();
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
            List<String> vars = qe.getQuery().getResultVars();
            qe.execSelect()
                .forEachRemaining(
                    (QuerySolution s) -> {
                      List<String> vals = new ArrayList<>();
                      for (String v : vars) {
                        vals.add(
                            s.get(v) == null
                                ? "-"
                                : s.get(v).isLiteral()
                                    ? s.get(v).asLiteral().getLexicalForm()
                                    : s.get(v).toString());
                      }
                      out.add(String.join(" ", vals));
                    });
          }
          return out;
        });
  }
}
