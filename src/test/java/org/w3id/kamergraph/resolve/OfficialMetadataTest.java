package org.w3id.kamergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official metadata's fields, in their order of preference, and what is ignored. */
class OfficialMetadataTest {
  @Test
  void metadataXmlDatesWinOverTheOfficialXmlsOwnDates() {
    var m =
        new OfficialMetadata(
            Map.of(
                "OVERHEIDop.datumIndiening", "2024-01-08",
                "isodatum.vraag", "2024-01-07",
                "isodatum.antwoord", "2024-01-29"));
    assertThat(m.submitted()).contains(LocalDate.of(2024, 1, 8));
    assertThat(m.answered()).contains(LocalDate.of(2024, 1, 29));
  }

  @Test
  void malformedValuesAreIgnoredNotGuessedAt() {
    var m =
        new OfficialMetadata(
            Map.of(
                "OVERHEIDop.datumOntvangst", "29 januari 2024",
                "OVERHEIDop.vraagnummer", "KVR27039",
                "OVERHEIDop.aanhangsel", "ah-tk-20232024-901|../../etc|ah-tk-20232024-901"));
    assertThat(m.answered()).isEmpty();
    assertThat(m.zaak()).isEmpty();
    assertThat(m.answerDocuments()).containsExactly("ah-tk-20232024-901");
  }

  @Test
  void datesNoQuestionCanHaveAreIgnored() {
    var m =
        new OfficialMetadata(
            Map.of(
                "OVERHEIDop.datumIndiening", "-0001-01-08",
                "isodatum.vraag", "2024-01-07",
                "isodatum.antwoord", "9999-12-31"));
    assertThat(m.submitted()).contains(LocalDate.of(2024, 1, 7));
    assertThat(m.answered()).isEmpty();
  }

  @Test
  void repeatedAanhangselRowsGiveEveryAnswer() {
    var m =
        new OfficialMetadata(
            Map.of(
                "OVERHEIDop.aanhangsel", "ah-tk-20162017-2129|ah-tk-20162017-2338",
                "OVERHEIDop.vraagnummer", "2017Z07318"));
    assertThat(m.answerDocuments()).containsExactly("ah-tk-20162017-2129", "ah-tk-20162017-2338");
    assertThat(m.zaak()).contains("2017Z07318");
  }
}
