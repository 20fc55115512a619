package org.w3id.kamergraph.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.rdf.FOAF;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ORG;
import org.w3id.kamergraph.rdf.TIME;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * Writes a {@link TkExport} as the TK reference graph: persons, fracties (linked to our parties
 * where the name is unambiguous) and memberships with their periods. Memberships whose seat,
 * fractie or person is not in the export are left out with a warning; inverted periods are swapped
 * with a warning. Deterministic: the same export gives the same graph. Stateless.
 */
public final class TkGraphWriter {
  private final Lexicon lexicon;

  public TkGraphWriter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The graph, with counts and warnings. */
  public record Result(
      Graph graph,
      int persons,
      int fracties,
      int partyLinks,
      int memberships,
      List<String> warnings) {}

  public Result write(TkExport export) {
    Graph g = GraphFactory.createDefaultGraph();
    List<String> warnings = new ArrayList<>();
    Set<String> members = new HashSet<>();
    int memberships = 0;
    for (FractieZetelPersoon m : export.zetelPersonen().values()) {
      FractieZetel zetel = export.zetels().get(m.fractieZetelId());
      String fractie = zetel == null ? null : zetel.fractieId();
      if (zetel == null || !export.fracties().containsKey(fractie)) {
        warnings.add(
            "FractieZetelPersoon(" + m.id() + "): seat or fractie not in the export; skipped");
      } else if (!export.persons().containsKey(m.persoonId())) {
        warnings.add(
            "FractieZetelPersoon("
                + m.id()
                + "): Persoon "
                + m.persoonId()
                + " not in the export; skipped");
      } else {
        membership(g, m, fractie, warnings);
        members.add(m.persoonId());
        memberships++;
      }
    }
    for (Persoon p : export.persons().values()) {
      person(g, p, p.kamerlid() || members.contains(p.id()));
    }
    int partyLinks = 0;
    for (Fractie f : export.fracties().values()) {
      partyLinks += fractie(g, f);
    }
    return new Result(
        g, export.persons().size(), export.fracties().size(), partyLinks, memberships, warnings);
  }

  private static void person(Graph g, Persoon p, boolean member) {
    Node s = uri(TkIris.person(p.id()));
    g.add(s, RDF.type.asNode(), FOAF.Person.asNode());
    if (member) {
      g.add(s, RDF.type.asNode(), KG.Member.asNode());
    }
    g.add(s, FOAF.name.asNode(), text(p.fullName()));
    g.add(s, FOAF.familyName.asNode(), text(p.familyName()));
    if (p.givenName() != null) {
      g.add(s, FOAF.givenName.asNode(), text(p.givenName()));
    }
    g.add(s, DCTerms.identifier.asNode(), text(p.id()));
    g.add(s, RDFS.seeAlso.asNode(), uri(TkIris.odata("Persoon", p.id())));
  }

  private int fractie(Graph g, Fractie f) {
    Node s = uri(TkIris.fractie(f.id()));
    g.add(s, RDF.type.asNode(), KG.Fractie.asNode());
    g.add(s, DCTerms.identifier.asNode(), text(f.id()));
    g.add(s, RDFS.seeAlso.asNode(), uri(TkIris.odata("Fractie", f.id())));
    if (f.afkorting() != null) {
      g.add(s, SKOS.notation.asNode(), text(f.afkorting()));
    }
    if (f.naamNL() != null) {
      g.add(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(f.naamNL(), "nl"));
    }
    date(g, s, KG.validFrom.asNode(), f.actief());
    date(g, s, KG.validUntil.asNode(), f.inactief());
    Set<String> parties = new TreeSet<>();
    for (String name : new String[] {f.afkorting(), f.naamNL()}) {
      if (name != null) {
        lexicon.party(name).map(PartyEntry::iri).ifPresent(parties::add);
      }
    }
    if (parties.size() != 1) { // no match, or the abbreviation and the name disagree
      return 0;
    }
    g.add(s, SKOS.exactMatch.asNode(), uri(parties.iterator().next()));
    return 1;
  }

  private static void membership(
      Graph g, FractieZetelPersoon m, String fractie, List<String> warnings) {
    LocalDate from = m.van();
    LocalDate to = m.totEnMet();
    if (m.inverted()) {
      warnings.add(
          "FractieZetelPersoon("
              + m.id()
              + "): Van "
              + from
              + " after TotEnMet "
              + to
              + "; swapped");
      from = m.totEnMet();
      to = m.van();
    }
    Node s = uri(TkIris.membership(m.id()));
    Node period = uri(TkIris.period(m.id()));
    g.add(s, RDF.type.asNode(), ORG.Membership.asNode());
    g.add(s, ORG.member.asNode(), uri(TkIris.person(m.persoonId())));
    g.add(s, ORG.organization.asNode(), uri(TkIris.fractie(fractie)));
    g.add(s, DCTerms.identifier.asNode(), text(m.id()));
    g.add(s, ORG.memberDuring.asNode(), period);
    g.add(period, RDF.type.asNode(), TIME.Interval.asNode());
    instant(g, period, TIME.hasBeginning.asNode(), TkIris.period(m.id()) + "/begin", from);
    instant(g, period, TIME.hasEnd.asNode(), TkIris.period(m.id()) + "/einde", to);
  }

  private static void instant(Graph g, Node period, Node p, String iri, LocalDate date) {
    if (date == null) {
      return;
    }
    Node i = uri(iri);
    g.add(period, p, i);
    g.add(i, RDF.type.asNode(), TIME.Instant.asNode());
    date(g, i, TIME.inXSDDate.asNode(), date);
  }

  private static void date(Graph g, Node s, Node p, LocalDate date) {
    if (date != null) {
      g.add(Triple.create(s, p, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate)));
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node text(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
