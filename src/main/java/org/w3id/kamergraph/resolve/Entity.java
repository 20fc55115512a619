package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.KamerstukCitation;
import org.w3id.kamergraph.model.PersonName;

/** A thing a document is about, with the IRI the resolver gave it. */
public sealed interface Entity
    permits Entity.Member,
        Entity.Person,
        Entity.Membership,
        Entity.PostTenure,
        Entity.Post,
        Entity.Party,
        Entity.Named,
        Entity.Kamerstuk,
        Entity.Zaak,
        Entity.Reference {
  String iri();

  /**
   * A member of the Tweede Kamer who asked.
   *
   * @param partyIri the party the document gives for them, or null
   * @param basis how the person was told apart ({@link PersonIdentifier})
   * @param candidateIris for a person known by family name alone, who of the register it may be
   */
  record Member(
      String iri,
      PersonName name,
      String partyIri,
      PersonIdentifier.Basis basis,
      List<String> candidateIris)
      implements Entity {
    public Member {
      candidateIris = List.copyOf(candidateIris);
    }
  }

  /** A member of government who answered, and the post they answered in (or null). */
  record Person(
      String iri,
      PersonName name,
      String postIri,
      PersonIdentifier.Basis basis,
      List<String> candidateIris)
      implements Entity {
    public Person {
      candidateIris = List.copyOf(candidateIris);
    }
  }

  /**
   * A member's membership of a party as one document attests it: on the document's date (null when
   * it has none), the member asked for that party (or fractie).
   *
   * @param partyAsWritten what the text wrote when it names another party than {@code partyIri} (a
   *     party whose fractie a joint fractie had replaced on that date), else null
   */
  record Membership(
      String iri, String memberIri, String partyIri, LocalDate date, String partyAsWritten)
      implements Entity {}

  /** A post held, as one document attests it: on the document's date the person held it. */
  record PostTenure(String iri, String personIri, String postIri, LocalDate date)
      implements Entity {}

  /**
   * A government office.
   *
   * @param ministryIri the department the post is in, or {@code null}
   * @param portfolio the portfolio of a minister without a department, or {@code null}
   * @param hostMinistryIri the ministry hosting a post that is not a department's, or {@code null}
   */
  record Post(
      String iri, String label, String ministryIri, String portfolio, String hostMinistryIri)
      implements Entity {}

  /** A party (fractie). */
  record Party(String iri, String notation) implements Entity {}

  /**
   * A ministry, programme, report or organisation known by name.
   *
   * @param sameAs identifiers of the same thing elsewhere (a government organisation's TOOI id)
   */
  record Named(String iri, EntityKind kind, String label, Set<String> altLabels, Set<String> sameAs)
      implements Entity {
    public Named {
      Objects.requireNonNull(kind, "kind");
      altLabels = Set.copyOf(altLabels);
      sameAs = Set.copyOf(sameAs);
    }

    /** One known only by name. */
    public Named(String iri, EntityKind kind, String label, Set<String> altLabels) {
      this(iri, kind, label, altLabels, Set.of());
    }
  }

  /** A cited Kamerstuk. */
  record Kamerstuk(String iri, KamerstukCitation citation) implements Entity {}

  /**
   * An official document referred to that is not a Kamerstuk.
   *
   * @param official whether the identifier is an official id with a documented page
   */
  record Reference(
      String iri, org.w3id.kamergraph.model.ReferenceKind kind, String identifier, boolean official)
      implements Entity {}

  /** A zaak of the Tweede Kamer. */
  record Zaak(String iri, String nummer) implements Entity {}
}
