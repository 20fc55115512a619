package org.w3id.kamergraph.rdf;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.resolve.Entity;
import org.w3id.kamergraph.resolve.PersonIdentifier;

/**
 * Describes one entity in a document's graph. Reference entities (ministries, known parties) get
 * only their type here: their names live in the reference graphs.
 */
final class EntityWriter {
  private static final String OB_PAGE = "https://zoek.officielebekendmakingen.nl/";

  void write(Model m, Entity e) {
    Resource r = m.createResource(e.iri());
    if (e instanceof Entity.Member member) {
      r.addProperty(RDF.type, KG.Member);
      person(r, member.name(), member.basis());
      member.candidateIris().forEach(c -> r.addProperty(KG.candidate, m.createResource(c)));
      if (member.partyIri() != null) {
        r.addProperty(ORG.memberOf, m.createResource(member.partyIri()));
      }
    } else if (e instanceof Entity.Person person) {
      person(r, person.name(), person.basis());
      person.candidateIris().forEach(c -> r.addProperty(KG.candidate, m.createResource(c)));
      if (person.postIri() != null) {
        r.addProperty(ORG.holds, m.createResource(person.postIri()));
      }
    } else if (e instanceof Entity.Membership ms) {
      r.addProperty(RDF.type, ORG.Membership);
      r.addProperty(ORG.member, m.createResource(ms.memberIri()));
      r.addProperty(ORG.organization, m.createResource(ms.partyIri()));
      if (ms.partyAsWritten() != null) {
        r.addProperty(KG.partyAsWritten, ms.partyAsWritten());
      }
      during(m, r, ms.date());
    } else if (e instanceof Entity.PostTenure t) {
      r.addProperty(RDF.type, KG.PostTenure);
      r.addProperty(ORG.member, m.createResource(t.personIri()));
      r.addProperty(KG.post, m.createResource(t.postIri()));
      during(m, r, t.date());
    } else if (e instanceof Entity.Post post) {
      r.addProperty(RDF.type, ORG.Post);
      r.addProperty(RDFS.label, post.label(), "nl");
      if (post.ministryIri() != null) {
        r.addProperty(ORG.postIn, m.createResource(post.ministryIri()));
      }
      if (post.portfolio() != null) {
        r.addProperty(KG.portfolio, post.portfolio());
      }
      if (post.hostMinistryIri() != null) {
        r.addProperty(KG.hostMinistry, m.createResource(post.hostMinistryIri()));
      }
    } else if (e instanceof Entity.Party party) {
      r.addProperty(RDF.type, KG.Party);
      r.addProperty(SKOS.notation, party.notation());
    } else if (e instanceof Entity.Named named) {
      named(m, r, named);
    } else if (e instanceof Entity.Kamerstuk k) {
      r.addProperty(RDF.type, KG.Kamerstuk);
      r.addProperty(DCTerms.identifier, k.citation().officialId());
      r.addProperty(KG.dossier, k.citation().dossier());
      if (k.citation().sub() != null) {
        r.addProperty(KG.dossierToevoeging, k.citation().sub());
      }
      r.addProperty(KG.ondernummer, k.citation().nummer());
      r.addProperty(RDFS.seeAlso, m.createResource(OB_PAGE + k.citation().officialId() + ".html"));
    } else if (e instanceof Entity.Reference ref) {
      r.addProperty(RDF.type, KG.CitedDocument);
      r.addProperty(
          RDF.type,
          switch (ref.kind()) {
            case AANHANGSEL -> KG.AanhangselDocument;
            case KAMERVRAGEN -> KG.KamervragenPublication;
            case HANDELINGEN -> KG.HandelingenItem;
            case STAATSCOURANT -> KG.StaatscourantPublication;
            case ECLI -> KG.CourtDecision;
            case DOCUMENT_NUMBER -> KG.TkDocument;
          });
      r.addProperty(DCTerms.identifier, ref.identifier());
      if (ref.official()) {
        // officielebekendmakingen.nl's documented page pattern for ah-, kv- and h- ids
        r.addProperty(RDFS.seeAlso, m.createResource(OB_PAGE + ref.identifier() + ".html"));
      }
    } else if (e instanceof Entity.Zaak z) {
      r.addProperty(RDF.type, KG.Zaak);
      r.addProperty(DCTerms.identifier, z.nummer());
    }
  }

  private static void named(Model m, Resource r, Entity.Named n) {
    switch (n.kind()) {
      case MINISTRY -> r.addProperty(RDF.type, KG.Ministry);
      case PARTY -> r.addProperty(RDF.type, KG.Party);
      case PROGRAMME -> labels(r.addProperty(RDF.type, KG.Programme), n);
      case REPORT -> {
        labels(r.addProperty(RDF.type, KG.Report), n);
        r.addProperty(DCTerms.title, n.label(), "nl");
      }
      case ORGANISATION -> labels(r.addProperty(RDF.type, KG.Organisation), n);
    }
    n.sameAs().forEach(s -> r.addProperty(OWL.sameAs, m.createResource(s)));
  }

  private static void labels(Resource r, Entity.Named n) {
    r.addProperty(SKOS.prefLabel, n.label(), "nl");
    n.altLabels().forEach(a -> r.addProperty(SKOS.altLabel, a, "nl"));
  }

  private static void person(Resource r, PersonName n, PersonIdentifier.Basis basis) {
    r.addProperty(RDF.type, FOAF.Person);
    if (basis == PersonIdentifier.Basis.FAMILY_NAME_ONLY) {
      r.addProperty(RDF.type, KG.UnidentifiedPerson);
    }
    name(r, n);
  }

  /**
   * The day a document attests a membership or a post: an interval of that one day (the periods
   * over all documents are the earliest beginning and the latest end of a person's intervals).
   */
  private static void during(Model m, Resource r, LocalDate date) {
    if (date == null) {
      return;
    }
    Resource day = m.createResource(r.getURI() + "/dag");
    day.addProperty(RDF.type, TIME.Instant);
    day.addLiteral(TIME.inXSDDate, m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
    Resource period = m.createResource(r.getURI() + "/periode");
    period.addProperty(RDF.type, TIME.Interval);
    period.addProperty(TIME.hasBeginning, day);
    period.addProperty(TIME.hasEnd, day);
    r.addProperty(ORG.memberDuring, period);
  }

  private static void name(Resource r, PersonName n) {
    r.addProperty(FOAF.name, n.fullName());
    r.addProperty(FOAF.familyName, n.familyName());
    if (n.givenName() != null) {
      r.addProperty(FOAF.givenName, n.givenName());
    }
  }
}
