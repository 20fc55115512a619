package org.w3id.kamergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The kamergraph vocabulary ({@code https://w3id.org/kamergraph/def#}), declared once. The ontology
 * file {@code ontology/kamergraph.ttl} is the source of truth; a test checks that every constant
 * here is defined there and every term there has a constant here.
 */
public final class KG {
  /** The namespace of kamergraph's terms. */
  public static final String NS = "https://w3id.org/kamergraph/def#";

  /** The base of kamergraph's data IRIs; a type segment follows ({@code …/id/kamerstuk/…}). */
  public static final String ID = "https://w3id.org/kamergraph/id/";

  private KG() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  // classes
  public static final Resource Document = resource("Document");
  public static final Resource WrittenQuestions = resource("WrittenQuestions");
  public static final Resource AnswerDocument = resource("AnswerDocument");
  public static final Resource PostponementNotice = resource("PostponementNotice");
  public static final Resource Question = resource("Question");
  public static final Resource Answer = resource("Answer");
  public static final Resource Footnote = resource("Footnote");
  public static final Resource Member = resource("Member");
  public static final Resource UnidentifiedPerson = resource("UnidentifiedPerson");
  public static final Resource PostTenure = resource("PostTenure");
  public static final Resource MembershipSpan = resource("MembershipSpan");
  public static final Resource TenureSpan = resource("TenureSpan");
  public static final Resource Party = resource("Party");
  public static final Resource Ministry = resource("Ministry");
  public static final Resource MinistryName = resource("MinistryName");
  public static final Resource Programme = resource("Programme");
  public static final Resource Report = resource("Report");
  public static final Resource Organisation = resource("Organisation");
  public static final Resource Kamerstuk = resource("Kamerstuk");
  public static final Resource Zaak = resource("Zaak");
  public static final Resource CitedDocument = resource("CitedDocument");
  public static final Resource AanhangselDocument = resource("AanhangselDocument");
  public static final Resource KamervragenPublication = resource("KamervragenPublication");
  public static final Resource HandelingenItem = resource("HandelingenItem");
  public static final Resource StaatscourantPublication = resource("StaatscourantPublication");
  public static final Resource CourtDecision = resource("CourtDecision");
  public static final Resource TkDocument = resource("TkDocument");
  public static final Resource Mention = resource("Mention");
  public static final Resource Fractie = resource("Fractie");
  public static final Resource Tally = resource("Tally");
  public static final Resource LeadingTally = resource("LeadingTally");
  public static final Resource OpenQuestion = resource("OpenQuestion");

  // document
  public static final Property sourceFile = property("sourceFile");
  public static final Property sourceFormat = property("sourceFormat");
  public static final Property contentHash = property("contentHash");
  public static final Property extractorVersion = property("extractorVersion");
  public static final Property graphDigest = property("graphDigest");
  public static final Property changedOutsideBuild = property("changedOutsideBuild");
  public static final Property referenceDigest = property("referenceDigest");
  public static final Property zaakNummer = property("zaakNummer");
  public static final Property zaak = property("zaak");
  public static final Property dateAnswered = property("dateAnswered");
  public static final Property askedBy = property("askedBy");
  public static final Property addressedTo = property("addressedTo");
  public static final Property answeredBy = property("answeredBy");
  public static final Property hasQuestion = property("hasQuestion");
  public static final Property hasAnswer = property("hasAnswer");
  public static final Property answeredIn = property("answeredIn");
  public static final Property openQuestions = property("openQuestions");
  public static final Property openSince = property("openSince");
  public static final Property answerDocument = property("answerDocument");
  public static final Property hasFootnote = property("hasFootnote");
  public static final Property refersToFootnote = property("refersToFootnote");
  public static final Property mentions = property("mentions");
  public static final Property number = property("number");
  public static final Property text = property("text");
  public static final Property textContext = property("textContext");

  // mentions
  public static final Property inDocument = property("inDocument");
  public static final Property refersTo = property("refersTo");

  // Kamerstukken
  public static final Property dossier = property("dossier");
  public static final Property dossierToevoeging = property("dossierToevoeging");
  public static final Property ondernummer = property("ondernummer");

  // ministries, posts
  public static final Property hasName = property("hasName");
  public static final Property name = property("name");
  public static final Property abbreviation = property("abbreviation");
  public static final Property validFrom = property("validFrom");
  public static final Property validUntil = property("validUntil");
  public static final Property portfolio = property("portfolio");
  public static final Property hostMinistry = property("hostMinistry");
  public static final Property post = property("post");
  public static final Property candidate = property("candidate");
  public static final Property partyAsWritten = property("partyAsWritten");

  // tallies (the statistics graph)
  public static final Property tallyOf = property("tallyOf");
  public static final Property entity = property("entity");
  public static final Property ministry = property("ministry");
  public static final Property party = property("party");
  public static final Property member = property("member");
  public static final Property coMember = property("coMember");
  public static final Property memberName = property("memberName");
  public static final Property coMemberName = property("coMemberName");
  public static final Property partyNotation = property("partyNotation");
  public static final Property year = property("year");
  public static final Property days = property("days");
  public static final Property date = property("date");
  public static final Property kamerstuk = property("kamerstuk");
  public static final Property tallyZaakNummer = property("tallyZaakNummer");
  public static final Property countedValue = property("countedValue");
  public static final Property tallyCount = property("tallyCount");
  public static final Property documentCount = property("documentCount");
  public static final Property attestationCount = property("attestationCount");
  public static final Property tallyClass = property("tallyClass");
  public static final Property entityCount = property("entityCount");
  public static final Property linkedEntityCount = property("linkedEntityCount");
  public static final Property questionCount = property("questionCount");
  public static final Property portfolioDocumentCount = property("portfolioDocumentCount");
}
