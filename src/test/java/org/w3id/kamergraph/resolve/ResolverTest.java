package org.w3id.kamergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.LEXICON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.extract.TestDocuments;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.KamerstukCitation;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.reference.Gazetteer;

class ResolverTest {
  private static final String ID = "https://w3id.org/kamergraph/id/";
  private static final Span AT = new Span(0, 5);
  private final Resolver resolver = new Resolver(LEXICON, Gazetteer.load(), new IriMinter(ID));

  private static DocumentFacts.Builder facts(String id, LocalDate submitted) {
    DocumentFacts.Builder b =
        new DocumentFacts.Builder(
            TestDocuments.document(id, "Vragen over de brug en nog wat tekst."));
    if (submitted != null) {
      b.submitted(new DateFact(submitted, AT));
    }
    return b;
  }

  private String ministryIri(String name, LocalDate date) {
    DocumentFacts.Builder b = facts("doc", date);
    b.mention(new NamedMention(EntityKind.MINISTRY, name, name, AT));
    List<Entity> named =
        resolver.resolve(b.build()).entities().stream()
            .filter(e -> e instanceof Entity.Named n && n.kind() == EntityKind.MINISTRY)
            .toList();
    assertThat(named).hasSize(1);
    return named.get(0).iri();
  }

  @Test
  void ministryIsPickedByTheDocumentsDate() {
    assertThat(ministryIri("Economische Zaken", LocalDate.of(2016, 3, 1)))
        .isEqualTo(ID + "ministerie/mnre1045");
    assertThat(ministryIri("Economische Zaken", LocalDate.of(2025, 3, 1)))
        .isEqualTo(ID + "ministerie/mnre1045");
    assertThat(ministryIri("Infrastructuur en Milieu", LocalDate.of(2015, 6, 1)))
        .isEqualTo(ID + "ministerie/mnre1130");
    assertThat(ministryIri("Landbouw, Natuur en Voedselkwaliteit", LocalDate.of(2008, 6, 1)))
        .isEqualTo(ID + "ministerie/mnre1150");
    // the department of before the merger of 14 October 2010 is another ministry (TOOI mnre1040)
    assertThat(ministryIri("Economische Zaken", LocalDate.of(2009, 3, 1)))
        .isEqualTo(ID + "ministerie/mnre1040");
    assertThat(ministryIri("Landbouw, Natuurbeheer en Visserij", LocalDate.of(2001, 3, 1)))
        .isEqualTo(ID + "ministerie/mnre1150");
    assertThat(ministryIri("Verkeer en Waterstaat", LocalDate.of(2005, 3, 1)))
        .isEqualTo(ID + "ministerie/mnre0170");
    assertThat(ministryIri("Landbouw, Natuur en Voedselkwaliteit", LocalDate.of(2020, 6, 1)))
        .isEqualTo(ID + "ministerie/mnre1153");
  }

  @Test
  void ministerPresidentIsHostedByAlgemeneZaken() {
    DocumentFacts.Builder b = facts("doc", LocalDate.of(2023, 5, 1));
    b.addressee(new Office(Role.MINISTER_PRESIDENT, null, null, null, AT));
    ResolvedDocument r = resolver.resolve(b.build());
    assertThat(r.addressedTo()).containsExactly(ID + "post/minister-president");
    assertThat(r.entities())
        .filteredOn(e -> e instanceof Entity.Post)
        .containsExactly(
            new Entity.Post(
                ID + "post/minister-president",
                "Minister-President",
                null,
                null,
                ID + "ministerie/mnre1010"));
  }

  @Test
  void departmentPostIsInItsMinistry() {
    DocumentFacts.Builder b = facts("doc", LocalDate.of(2023, 5, 1));
    b.addressee(new Office(Role.MINISTER, "van", "Financiën", "Financiën", AT));
    assertThat(resolver.resolve(b.build()).entities())
        .filteredOn(e -> e instanceof Entity.Post)
        .containsExactly(
            new Entity.Post(
                ID + "post/minister-van-financien/mnre1090",
                "Minister van Financiën",
                ID + "ministerie/mnre1090",
                null,
                null));
  }

  @Test
  void portfolioPostIsHostedNotIn() {
    DocumentFacts.Builder b = facts("doc", LocalDate.of(2023, 5, 1));
    b.addressee(new Office(Role.MINISTER, "voor", "Klimaat en Energie", null, AT));
    ResolvedDocument r = resolver.resolve(b.build());
    assertThat(r.entities())
        .filteredOn(e -> e instanceof Entity.Post)
        .containsExactly(
            new Entity.Post(
                ID + "post/minister-voor-klimaat-en-energie",
                "Minister voor Klimaat en Energie",
                null,
                "Klimaat en Energie",
                ID + "ministerie/mnre1045"));
    assertThat(r.entities()).noneMatch(e -> e instanceof Entity.Named);
  }

  @Test
  void sameMemberTwiceIsOneEntity() {
    DocumentFacts.Builder b = facts("doc", null);
    PersonName kemal = new PersonName("Kemal", "Kemal", null);
    b.asker(new Asker(kemal, "vvd", "VVD", new Span(0, 5), new Span(7, 10)));
    b.asker(new Asker(kemal, "vvd", "VVD", new Span(20, 25), new Span(27, 30)));
    ResolvedDocument r = resolver.resolve(b.build());
    String iri = ID + "persoon/kemal/onbekend/lid";
    assertThat(r.askedBy()).containsExactly(iri);
    assertThat(r.entities())
        .filteredOn(e -> e instanceof Entity.Member)
        .containsExactly(
            new Entity.Member(
                iri, kemal, ID + "partij/vvd", PersonIdentifier.Basis.FAMILY_NAME_ONLY, List.of()));
    assertThat(r.mentions()).filteredOn(m -> m.entityIri().equals(iri)).hasSize(2);
  }

  @Test
  void memberOfAnUnknownPartyGetsThePartyAsWritten() {
    DocumentFacts.Builder b = facts("doc", null);
    b.asker(
        new Asker(
            new PersonName("Kemal", "Kemal", null),
            null,
            "Partij voor Morgen",
            AT,
            new Span(7, 10)));
    ResolvedDocument r = resolver.resolve(b.build());
    assertThat(r.askedBy()).containsExactly(ID + "persoon/kemal/onbekend/lid");
    assertThat(r.entities())
        .filteredOn(e -> e instanceof Entity.Membership)
        .extracting(e -> ((Entity.Membership) e).partyIri())
        .containsExactly(ID + "partij/partij-voor-morgen");
    assertThat(r.entities())
        .contains(new Entity.Party(ID + "partij/partij-voor-morgen", "Partij voor Morgen"));
  }

  @Test
  void kamerstukIri() {
    DocumentFacts.Builder b = facts("doc", null);
    b.citation(new KamerstukCitation("21501", "33", "1041", AT));
    b.citation(new KamerstukCitation("21501", "33", "1041", new Span(10, 20)));
    ResolvedDocument r = resolver.resolve(b.build());
    assertThat(r.cites()).containsExactly(ID + "kamerstuk/21501-33-1041");
    assertThat(r.entities()).filteredOn(e -> e instanceof Entity.Kamerstuk).hasSize(1);
  }

  @Test
  void ownZaakFromTheDocumentId() {
    ResolvedDocument r = resolver.resolve(facts("kv-tk-2024Z01234", null).build());
    assertThat(r.iri()).isEqualTo(ID + "document/kv-tk-2024Z01234");
    assertThat(r.zaak()).isEqualTo(new Entity.Zaak(ID + "zaak/2024Z01234", "2024Z01234"));
    assertThat(r.zaakNummers()).isEmpty();
    assertThat(resolver.resolve(facts("ah-tk-20232024-1031", null).build()).zaak()).isNull();
  }

  @Test
  void kindFollowsTheFacts() {
    assertThat(resolver.resolve(facts("doc", null).build()).kind())
        .isEqualTo(ResolvedDocument.Kind.WRITTEN_QUESTIONS);
    DocumentFacts.Builder m = facts("doc", null);
    m.mededeling(AT);
    assertThat(resolver.resolve(m.build()).kind()).isEqualTo(ResolvedDocument.Kind.POSTPONEMENT);
  }
}
