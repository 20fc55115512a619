package org.w3id.kamergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.reference.PersonRegister;
import org.w3id.kamergraph.resolve.PersonIdentifier.Basis;
import org.w3id.kamergraph.resolve.PersonIdentifier.Identity;
import org.w3id.kamergraph.resolve.PersonIdentifier.Role;

/** Who a name is, case by case, against the bundled register (real people, real dates). */
class PersonIdentifierTest {
  static final String P = "https://w3id.org/kamergraph/id/partij/";
  static final Map<String, String> PARTIES =
      Map.of(
          "CDA",
          P + "cda",
          "Christen-Democratisch Appèl",
          P + "cda",
          "VVD",
          P + "vvd",
          "CU",
          P + "christenunie",
          "ChristenUnie",
          P + "christenunie");
  private final PersonIdentifier identifier =
      new PersonIdentifier(
          PersonRegister.load(),
          name -> PARTIES.containsKey(name) ? Set.of(PARTIES.get(name)) : Set.of());

  private Identity member(String family, String given, String date, String party) {
    return identifier.identify(
        new PersonName(given == null ? family : given + " " + family, family, given),
        Role.MEMBER,
        LocalDate.parse(date),
        party == null ? null : P + party);
  }

  private Identity minister(String family, String given, String date) {
    return identifier.identify(
        new PersonName(given == null ? family : given + " " + family, family, given),
        Role.OFFICE_HOLDER,
        LocalDate.parse(date),
        null);
  }

  @Test
  void aSurnameOnACoveredDateWithOneHolderIsThatPerson() {
    Identity o = member("Omtzigt", null, "2015-03-01", "cda");
    assertThat(o.key()).isEqualTo("omtzigt-pieter");
    assertThat(o.basis()).isEqualTo(Basis.REGISTER);
    assertThat(o.name().fullName()).isEqualTo("Pieter Omtzigt");
    assertThat(minister("De Vries", null, "2022-05-31").key()).isEqualTo("de-vries-aukje");
  }

  @Test
  void aSurnameOutsideTheCoveredDatesStaysPerTermAndRole() {
    Identity d = minister("De Vries", null, "2001-04-03");
    assertThat(d.key()).isEqualTo("de-vries/tk1998/bewindspersoon");
    assertThat(d.basis()).isEqualTo(Basis.FAMILY_NAME_ONLY);
    assertThat(member("Omtzigt", null, "2024-09-10", null).key()).isEqualTo("omtzigt/tk2023/lid");
    assertThat(member("Omtzigt", null, "2024-09-10", null).candidates())
        .extracting(PersonRegister.Person::key)
        .containsExactly("omtzigt-pieter");
  }

  @Test
  void aPartyTheRegisterRulesOutIsSomeoneElse() {
    // Carola Schouten is ChristenUnie: "Schouten (CDA)" in 2015 is not her
    assertThat(member("Schouten", null, "2015-03-01", "christenunie").key())
        .isEqualTo("schouten-carola");
    assertThat(member("Schouten", null, "2015-03-01", "cda").key())
        .isEqualTo("schouten/tk2012/lid");
  }

  @Test
  void aFirstNameIdentifiesUnlessTheRegisterRulesThePersonOut() {
    // Jan de Vries (CDA) sat 2002–2010: in 2005 he is the one; a Jan de Vries asking in 2015,
    // a date the register is complete for, is someone else and never gets his IRI
    assertThat(member("De Vries", "Jan", "2005-03-01", "cda").key()).isEqualTo("de-vries-jan");
    Identity other = member("De Vries", "Jan", "2015-03-01", "vvd");
    assertThat(other.key()).isEqualTo("de-vries-jan/tk2012/lid");
    assertThat(other.basis()).isEqualTo(Basis.NAMED_IN_TEXT);
    // initials: "H.M. de Jonge" answering in 2020 is Hugo de Jonge
    assertThat(minister("De Jonge", "H.M.", "2020-06-01").key()).isEqualTo("de-jonge-hugo");
    // a first name the register does not know makes its own key
    assertThat(minister("De Vries", "Klaas", "2001-04-03").key()).isEqualTo("de-vries-klaas");
  }
}
