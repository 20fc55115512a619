package org.w3id.kamergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.MinistryName;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.model.PortfolioEntry;
import org.w3id.kamergraph.reference.Lexicon;
import org.w3id.kamergraph.reference.PersonRegister;
import org.w3id.kamergraph.reference.StaatssecretarisTasks;
import org.w3id.kamergraph.resolve.IriMinter;

/**
 * The reference data shipped with kamergraph (ministries with their names over time, posts without
 * a department, parties), read from the Turtle files under {@code kamergraph/reference/} on the
 * class path. It gives the extractors their {@link Lexicon} and the store its reference graphs.
 * Immutable after loading; load once and share.
 */
public final class ReferenceData {
  /** Named graph IRI of the ministries and posts. */
  public static final String MINISTRIES_GRAPH = KG.ID + "graph/ministeries";

  /** Named graph IRI of the parties. */
  public static final String PARTIES_GRAPH = KG.ID + "graph/partijen";

  /** Named graph IRI of the persons of the register, with their Wikidata ids. */
  public static final String PERSONS_GRAPH = KG.ID + "graph/personen";

  private static final String WIKIDATA = "http://www.wikidata.org/entity/";

  /** The TK open data's documented URL of a person record. */
  private static final String TK_ODATA_PERSOON =
      "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Persoon(";

  private final Map<String, Graph> graphs;
  private final Lexicon lexicon;
  private final PersonRegister persons;

  private ReferenceData(Map<String, Graph> graphs, Lexicon lexicon, PersonRegister persons) {
    this.graphs = graphs;
    this.lexicon = lexicon;
    this.persons = persons;
  }

  /** Loads the reference data from the class path. */
  public static ReferenceData load() {
    Model ministries = read("kamergraph/reference/ministries.ttl");
    Model parties = read("kamergraph/reference/parties.ttl");
    PersonRegister persons = PersonRegister.load();
    Map<String, Graph> graphs = new LinkedHashMap<>();
    graphs.put(MINISTRIES_GRAPH, ministries.getGraph());
    graphs.put(PARTIES_GRAPH, parties.getGraph());
    graphs.put(PERSONS_GRAPH, persons(persons).getGraph());
    return new ReferenceData(
        Map.copyOf(graphs),
        new Lexicon(
            ministryNames(ministries),
            parties(parties),
            portfolios(ministries),
            StaatssecretarisTasks.load()),
        persons);
  }

  /** The persons of the register, under the IRIs the documents give them. */
  public PersonRegister persons() {
    return persons;
  }

  /**
   * The register's persons: names, Wikidata id ({@code owl:sameAs}, Wikidata's documented entity
   * IRI) and the TK's page of their candidate TK GUID ({@code rdfs:seeAlso}: a candidate, not an
   * identity; GUIDs the sources give to two people are left out when the register is made).
   */
  private static Model persons(PersonRegister register) {
    Model m = ModelFactory.createDefaultModel();
    IriMinter iris = new IriMinter(KG.ID);
    for (PersonRegister.Person p : register.persons()) {
      Resource r = m.createResource(iris.person(p.key()));
      r.addProperty(RDF.type, FOAF.Person);
      r.addProperty(FOAF.name, p.fullName());
      r.addProperty(FOAF.familyName, p.familyName());
      if (!p.givenName().isEmpty()) {
        r.addProperty(FOAF.givenName, p.givenName());
      }
      if (!p.wikidata().isEmpty()) {
        r.addProperty(OWL.sameAs, m.createResource(WIKIDATA + p.wikidata()));
      }
      if (!p.tkGuid().isEmpty()) {
        r.addProperty(RDFS.seeAlso, m.createResource(TK_ODATA_PERSOON + p.tkGuid() + ")"));
      }
    }
    return m;
  }

  /** The reference graphs by graph IRI. */
  public Map<String, Graph> graphs() {
    return graphs;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  private static Model read(String resource) {
    try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new KamergraphException(
            "reference data " + resource + " is missing from the class path; rebuild the jar");
      }
      Model m = ModelFactory.createDefaultModel();
      // blank nodes (a ministry's names over time) get labels from the resource name, not at
      // random: the reference graphs, and every file written from them, are the same every run
      RDFParser.source(in)
          .lang(Lang.TURTLE)
          .base(KG.ID)
          .labelToNode(
              LabelToNode.createScopeByDocumentHash(
                  UUID.nameUUIDFromBytes(resource.getBytes(StandardCharsets.UTF_8))))
          .parse(m);
      return m;
    } catch (IOException e) {
      throw new KamergraphException(
          "cannot read reference data " + resource + ": " + e.getMessage(), e);
    }
  }

  private static List<MinistryName> ministryNames(Model m) {
    List<MinistryName> out = new ArrayList<>();
    for (Resource ministry : m.listSubjectsWithProperty(RDF.type, KG.Ministry).toList()) {
      for (Statement s : ministry.listProperties(KG.hasName).toList()) {
        Resource name = s.getResource();
        List<String> abbreviations = new ArrayList<>();
        name.listProperties(KG.abbreviation).forEach(a -> abbreviations.add(a.getString()));
        out.add(
            new MinistryName(
                ministry.getURI(),
                name.getRequiredProperty(KG.name).getString(),
                abbreviations,
                date(name.getProperty(KG.validFrom)),
                date(name.getProperty(KG.validUntil))));
      }
    }
    out.sort(
        java.util.Comparator.comparing(MinistryName::ministry).thenComparing(MinistryName::name));
    return out;
  }

  private static List<PartyEntry> parties(Model m) {
    List<PartyEntry> out = new ArrayList<>();
    for (Resource party : m.listSubjectsWithProperty(RDF.type, KG.Party).toList()) {
      String notation = party.getRequiredProperty(SKOS.notation).getString();
      List<String> names = new ArrayList<>(List.of(notation));
      for (var p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
        party.listProperties(p).forEach(s -> names.add(s.getString()));
      }
      String key = party.getURI().substring(party.getURI().lastIndexOf('/') + 1);
      List<String> replaces = new ArrayList<>();
      party
          .listProperties(org.apache.jena.vocabulary.DCTerms.replaces)
          .forEach(
              st ->
                  replaces.add(
                      st.getResource()
                          .getURI()
                          .substring(st.getResource().getURI().lastIndexOf('/') + 1)));
      replaces.sort(null);
      out.add(
          new PartyEntry(
              key,
              party.getURI(),
              notation,
              names,
              date(party.getProperty(KG.validFrom)),
              replaces));
    }
    out.sort(java.util.Comparator.comparing(PartyEntry::key));
    return out;
  }

  private static List<PortfolioEntry> portfolios(Model m) {
    List<PortfolioEntry> out = new ArrayList<>();
    for (Resource post : m.listSubjectsWithProperty(KG.portfolio).toList()) {
      Statement host = post.getProperty(KG.hostMinistry);
      out.add(
          new PortfolioEntry(
              post.getURI(),
              post.getRequiredProperty(KG.portfolio).getString(),
              host == null ? null : host.getResource().getURI()));
    }
    out.sort(java.util.Comparator.comparing(PortfolioEntry::post));
    return out;
  }

  private static LocalDate date(Statement s) {
    if (s == null) {
      return null;
    }
    RDFNode o = s.getObject();
    return o.isLiteral() ? LocalDate.parse(((Literal) o).getLexicalForm()) : null;
  }
}
