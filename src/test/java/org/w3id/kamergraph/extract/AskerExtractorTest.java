package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.PersonName;

class AskerExtractorTest {
  private final AskerExtractor extractor = new AskerExtractor();

  private List<Asker> askers(String text) {
    return extract(extractor, text).askers();
  }

  @Test
  void oneMemberWithParty() {
    String text =
        "Vragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld (ingezonden 3 maart 2024).";
    List<Asker> found = askers(text);
    assertThat(found).hasSize(1);
    Asker a = found.get(0);
    assertThat(a.name()).isEqualTo(new PersonName("Kemal", "Kemal", null));
    assertThat(a.partyKey()).isEqualTo("vvd");
    assertThat(a.partyWritten()).isEqualTo("VVD");
    assertThat(text.substring(a.span().begin(), a.span().end())).isEqualTo("Kemal");
    assertThat(text.substring(a.partySpan().begin(), a.partySpan().end())).isEqualTo("VVD");
  }

  @Test
  void partyPerMember() {
    assertThat(
            askers(
                "Vragen van de leden Pechtold (D66), Cohen (PvdA) en Thieme (PvdD) aan de Minister van Defensie over de kazerne (ingezonden 1 mei 2011)."))
        .extracting(a -> a.name().familyName(), Asker::partyKey)
        .containsExactly(tuple("Pechtold", "d66"), tuple("Cohen", "pvda"), tuple("Thieme", "pvdd"));
  }

  @Test
  void sharedPartyForTwoAndForAll() {
    assertThat(
            askers(
                "Vragen van de leden Brouwer en Kaya (beiden D66) aan de Minister van Defensie over de kazerne."))
        .extracting(a -> a.name().familyName(), Asker::partyKey, Asker::partyWritten)
        .containsExactly(tuple("Brouwer", "d66", "D66"), tuple("Kaya", "d66", "D66"));
    assertThat(
            askers(
                "Vragen van de leden Hoekstra, Meijer en Bosma (allen GroenLinks-PvdA) aan de Minister van Defensie over de kazerne."))
        .extracting(a -> a.name().familyName(), Asker::partyKey)
        .containsExactly(
            tuple("Hoekstra", "gl-pvda"), tuple("Meijer", "gl-pvda"), tuple("Bosma", "gl-pvda"));
  }

  @Test
  void fullPartyNameAcrossALineBreak() {
    List<Asker> found =
        askers(
            "Vragen van het lid Veenstra (Nieuw\nSociaal Contract) aan de Minister van Defensie over de kazerne.");
    assertThat(found)
        .extracting(Asker::partyKey, Asker::partyWritten)
        .containsExactly(tuple("nsc", "Nieuw Sociaal Contract"));
  }

  @Test
  void firstNameKeptAndTussenvoegselCapitalised() {
    List<Asker> found =
        askers(
            "Vragen van het lid Marit de Groot (D66) aan de Minister van Defensie over de kazerne.");
    assertThat(found)
        .extracting(Asker::name)
        .containsExactly(new PersonName("Marit de Groot", "De Groot", "Marit"));
  }

  @Test
  void straySpaceBeforeComma() {
    assertThat(
            askers(
                "Vragen van de leden Anouk van Dam , Veldkamp (beiden CDA) en Smit (VVD) aan de Minister van Defensie over de kazerne."))
        .extracting(a -> a.name().fullName(), a -> a.name().familyName(), Asker::partyKey)
        .containsExactly(
            tuple("Anouk van Dam", "Van Dam", "cda"),
            tuple("Veldkamp", "Veldkamp", "cda"),
            tuple("Smit", "Smit", "vvd"));
  }

  @Test
  void tussenvoegselAtTheStartStaysInTheSurname() {
    assertThat(
            askers(
                "Vragen van het lid Van der Molen (GroenLinks) aan de Minister van Defensie over de kazerne."))
        .extracting(Asker::name)
        .containsExactly(new PersonName("Van der Molen", "Van der Molen", null));
  }

  @Test
  void coverLetterForm() {
    String text =
        "Hierbij zend ik u de antwoorden op de vragen die zijn gesteld door de leden Bakker en Van \nRijn (D66) over de digitale overheid.";
    assertThat(askers(text))
        .extracting(a -> a.name().familyName(), Asker::partyKey)
        .containsExactly(tuple("Bakker", "d66"), tuple("Van Rijn", "d66"));
  }

  @Test
  void answerTitleLineGivesAskersOnlyWithoutAnOfficialHeader() {
    // alone, the title line of an answer says who asked (it gives no party)
    assertThat(
            askers(
                "Antwoord op vragen van het lid Kemal over spaargeld\n\nDe minister antwoordt als volgt."))
        .extracting(a -> a.name().familyName(), Asker::partyKey)
        .containsExactly(tuple("Kemal", null));
    List<Asker> found =
        askers(
            "Antwoord op vragen van het lid Kemal over spaargeld\n\nVragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld.");
    assertThat(found)
        .extracting(a -> a.name().familyName(), Asker::partyKey)
        .containsExactly(tuple("Kemal", "vvd"));
  }

  @Test
  void unknownPartyKeepsWhatIsWritten() {
    assertThat(
            askers(
                "Vragen van het lid Kemal (Partij voor Morgen) aan de Minister van Financiën over spaargeld."))
        .extracting(Asker::partyKey, Asker::partyWritten)
        .containsExactly(tuple(null, "Partij voor Morgen"));
  }

  @Test
  void memberWithoutPartyHasNone() {
    assertThat(askers("Vragen van het lid Kemal aan de Minister van Financiën over spaargeld."))
        .extracting(
            a -> a.name().familyName(), Asker::partyKey, Asker::partyWritten, Asker::partySpan)
        .containsExactly(tuple("Kemal", null, null, null));
  }

  @Test
  void membersNamedInAMededelingBodyAreNotAskers() {
    String text =
        "Vragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld (ingezonden 3 maart 2024).\n\n"
            + "Mededeling van minister Jansen (Financiën) (ontvangen 20 maart 2024)\n\nMededeling\n\n"
            + "Op 3 maart 2024 hebben de leden Kemal (VVD) en Van Leeuwen (SGP) aan mij schriftelijke vragen gesteld over spaargeld. "
            + "Die kan ik niet binnen de termijn beantwoorden.";
    assertThat(askers(text)).extracting(a -> a.name().familyName()).containsExactly("Kemal");
    String bodyOnly =
        "Mededeling\n\nOp 3 maart 2024 hebben de leden Kemal (VVD) en Van Leeuwen (SGP) aan mij schriftelijke vragen gesteld over spaargeld.";
    assertThat(askers(bodyOnly)).isEmpty();
  }

  @Test
  void noHeaderNoAskers() {
    assertThat(askers("Het lid Kemal (VVD) vroeg de minister iets over spaargeld.")).isEmpty();
  }

  @Test
  void aCoverLetterThatSendsTheAnswersToTheQuestionsOfMembers() {
    String text =
        "Hierbij zend ik u de antwoorden op de vragen van de leden Hagen (ChristenUnie) en\nRoos (CDA) over de wachttijden (ingezonden 4 maart 2021).";
    assertThat(TestDocuments.extract(new AskerExtractor(), text).askers())
        .extracting(a -> a.name().familyName(), a -> a.partyKey())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("Hagen", "christenunie"),
            org.assertj.core.api.Assertions.tuple("Roos", "cda"));
  }
}
