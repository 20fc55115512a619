package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.reference.NameParser.Mode;

class NameParserTest {
  @Test
  void headerNamesAreAllSurname() {
    assertThat(NameParser.parse("Bruins Slot", Mode.SURNAME_FIRST))
        .isEqualTo(new PersonName("Bruins Slot", "Bruins Slot", null));
  }

  @Test
  void signatureNamesStartWithAGivenName() {
    assertThat(NameParser.parse("Sanne Verhoef", Mode.GIVEN_NAME_FIRST))
        .isEqualTo(new PersonName("Sanne Verhoef", "Verhoef", "Sanne"));
    assertThat(NameParser.parse("Sanne C. Verhoef", Mode.GIVEN_NAME_FIRST))
        .isEqualTo(new PersonName("Sanne C. Verhoef", "Verhoef", "Sanne C."));
  }

  @Test
  void lowerCaseTussenvoegselMarksTheSurnameInEitherMode() {
    for (Mode mode : Mode.values()) {
      assertThat(NameParser.parse("Marit de Groot", mode))
          .isEqualTo(new PersonName("Marit de Groot", "De Groot", "Marit"));
    }
    assertThat(NameParser.parse("Alexandra C. van Berkel", Mode.GIVEN_NAME_FIRST))
        .isEqualTo(new PersonName("Alexandra C. van Berkel", "Van Berkel", "Alexandra C."));
  }

  @Test
  void tussenvoegselAtTheStartIsPartOfTheSurname() {
    assertThat(NameParser.parse("Van der Molen", Mode.SURNAME_FIRST))
        .isEqualTo(new PersonName("Van der Molen", "Van der Molen", null));
    assertThat(NameParser.parse("de Vries", Mode.SURNAME_FIRST))
        .isEqualTo(new PersonName("de Vries", "De Vries", null));
    assertThat(NameParser.parse("Van der Wal-Zeggelink", Mode.SURNAME_FIRST))
        .isEqualTo(new PersonName("Van der Wal-Zeggelink", "Van der Wal-Zeggelink", null));
  }

  @Test
  void initialsAreAGivenName() {
    assertThat(NameParser.parse("J.A. Visser", Mode.SURNAME_FIRST))
        .isEqualTo(new PersonName("J.A. Visser", "Visser", "J.A."));
  }

  @Test
  void whitespaceAndPunctuationAreTidied() {
    assertThat(NameParser.parse("  Van \n Rijn , ", Mode.SURNAME_FIRST))
        .isEqualTo(new PersonName("Van Rijn", "Van Rijn", null));
  }

  @Test
  void particles() {
    assertThat(NameParser.isParticle("Van")).isTrue();
    assertThat(NameParser.isParticle("ter")).isTrue();
    assertThat(NameParser.isParticle("en")).isFalse();
  }

  @Test
  void afterInitialsTheRestIsTheSurname() {
    var name = NameParser.parse("M.A. Heijnekamp-de Wit", NameParser.Mode.GIVEN_NAME_FIRST);
    org.assertj.core.api.Assertions.assertThat(name.familyName()).isEqualTo("Heijnekamp-de Wit");
    org.assertj.core.api.Assertions.assertThat(name.givenName()).isEqualTo("M.A.");
  }
}
