package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.names.MentionCollector.labels;
import static org.w3id.kamergraph.extract.names.MentionCollector.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Gazetteer;

class PatternExtractorsTest {
  private static final MentionReporter REPORTER =
      new MentionReporter(Gazetteer.load(), NotNames.load());
  private static final AcronymDefinitionExtractor ACRONYMS =
      new AcronymDefinitionExtractor(KindClassifier.load(), REPORTER);
  private static final TitleRules TITLE_RULES = TitleRules.load();
  private static final ReportTitles REPORT_TITLES = new ReportTitles(TITLE_RULES);
  private static final TitledWorkExtractor TITLES =
      new TitledWorkExtractor(REPORT_TITLES, REPORTER);
  private static final HeadNounNameExtractor HEADS =
      new HeadNounNameExtractor(
          HeadRule.load(),
          TITLE_RULES,
          REPORT_TITLES,
          REPORTER,
          new UnknownOrganisations(
              Gazetteer.load(), REPORTER, ForeignMarkers.load(), KindClassifier.load()));

  @Test
  void acronymDefinitionResolvesLaterUses() {
    List<NamedMention> found =
        run(
            ACRONYMS,
            "De Stichting Open Data Platform (SODP) adviseert. Later zei SODP dat SODPX niet telt.");
    assertThat(found).extracting(NamedMention::label).containsOnly("Stichting Open Data Platform");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.ORGANISATION);
  }

  @Test
  void abbreviationFirstDefinition() {
    assertThat(labels(run(ACRONYMS, "het NKVP (Nationaal Kwaliteitsprogramma Verpleging) loopt")))
        .containsExactly("Nationaal Kwaliteitsprogramma Verpleging");
  }

  @Test
  void definitionsOfThingsThatAreNotNamesAreIgnored() {
    assertThat(
            run(
                ACRONYMS,
                "Artificial intelligence (AI) en de Wet op het financieel toezicht (Wft) en Financieel Dagblad (FD)."))
        .isEmpty();
  }

  @Test
  void quotedTitleAfterReportWord() {
    List<NamedMention> found =
        run(
            TITLES,
            "het WRR-rapport «Opgave AI. De nieuwe systeemtechnologie» en onderzoek genaamd “Recruiter of computer?”");
    assertThat(labels(found))
        .containsExactly("Opgave AI. De nieuwe systeemtechnologie", "Recruiter of computer?");
    assertThat(found).extracting(NamedMention::kind).containsOnly(EntityKind.REPORT);
  }

  @Test
  void newsArticleTitlesAreNotReports() {
    assertThat(
            run(
                TITLES,
                "Bent u bekend met het bericht «Boeren boos over stikstof» (NOS) en de Kamerbrief 'Verzamelbrief Digitalisering'?"))
        .isEmpty();
  }

  @Test
  void unquotedTitleInTitleCaseEndsWithItsCapitals() {
    assertThat(
            labels(
                run(
                    TITLES,
                    "de handreiking Algemene Erfpachtbepalingen voor gemeentelijke erfpacht")))
        .containsExactly("Algemene Erfpachtbepalingen");
  }

  @Test
  void unquotedTitlesInSentenceCaseEndWithTheirClause() {
    assertThat(
            labels(
                run(
                    TITLES,
                    "Kent u het rapport Ondanks de wachtlijst; kinderen in de zorg van de"
                        + " Kinderombudsman? In het advies Digitaal Stelsel: haalbaarheid en"
                        + " risico's concludeert het BIT dat. Het advies Humane vaccinatie tegen"
                        + " Q-koorts is verschenen. Zij verwachten in het rapport Fietsparkeren bij"
                        + " stations: prognose 2020 dat er meer nodig is.")))
        .containsExactly(
            "Ondanks de wachtlijst; kinderen in de zorg",
            "Digitaal Stelsel: haalbaarheid en risico's",
            "Humane vaccinatie tegen Q-koorts",
            "Fietsparkeren bij stations: prognose 2020");
  }

  @Test
  void aTitleThatOpensItsSentenceNeedsItsVerb() {
    // the verb "ontspoort" is not listed: where the title ends is not known, so nothing is taken
    assertThat(run(TITLES, "Het rapport Zorg op maat ontspoort volgens de inspectie.")).isEmpty();
    assertThat(labels(run(TITLES, "Het rapport Zorg op maat verscheen in mei.")))
        .containsExactly("Zorg op maat");
  }

  @Test
  void aProgrammeNameInSentenceCaseAfterALowerCaseHead() {
    assertThat(
            labels(
                run(
                    HEADS,
                    "Doen zij mee aan het programma Samen sterk in de wijk? Het programma Aan de"
                        + " slag met de wet helpt gemeenten. Het programma Mooi werk ontspoort.")))
        .containsExactly("Samen sterk in de wijk", "Aan de slag met de wet");
  }

  @Test
  void aReportNumberOutsideFootnotesIsAReport() {
    ReportNumberExtractor numbers = new ReportNumberExtractor(TITLE_RULES, REPORTER);
    String text =
        "Het TNO-rapport 2015 R10755 en het RIVM-briefrapport 2017-0183 zijn openbaar; nr. 2015"
            + " telt niet.";
    List<NamedMention> found = run(numbers, text);
    assertThat(labels(found))
        .containsExactly("TNO-rapport 2015 R10755", "RIVM-briefrapport 2017-0183");
    assertThat(found).extracting(NamedMention::kind).containsOnly(EntityKind.REPORT);
  }

  @Test
  void headNounNames() {
    List<NamedMention> found =
        run(
            HEADS,
            "Het programma Doorpakken op Digitalisering, het Actieplan Schone Zee 21 en het Dijkstra Instituut. "
                + "Zo ook de rechtbank Oost-Brabant en het Bodemfonds.");
    assertThat(labels(found))
        .containsExactlyInAnyOrder(
            "Doorpakken op Digitalisering",
            "Actieplan Schone Zee",
            "Dijkstra Instituut",
            "Rechtbank Oost-Brabant",
            "Bodemfonds");
  }

  @Test
  void genericWordsAndSentenceStartsAreNoNames() {
    assertThat(
            run(
                HEADS,
                "Subsidieregeling. Het programma loopt. Regeling van zaken. Welzijn en programma's."))
        .isEmpty();
  }

  @Test
  void aPluralHeadListsSeveralProgrammes() {
    assertThat(
            labels(
                run(HEADS, "zoals de programma’s \nKlaar voor Morgen en het Vliegwielplan lopen")))
        .containsExactly("Klaar voor Morgen", "Vliegwielplan");
  }

  @Test
  void aHyphenatedHeadLeadsLikeItsLastPart() {
    assertThat(labels(run(HEADS, "Begin 2023 is het tienjarige AI-programma KOMPAS gestart.")))
        .containsExactly("KOMPAS");
    // an acronym is no sentence-case title's first word: the sentence is not part of the name
    assertThat(
            labels(
                run(
                    HEADS,
                    "Zo is het AI-programma KOMPAS gestart voor de realisatie van 17 labs, ter")))
        .containsExactly("KOMPAS");
  }

  @Test
  void andWithAnArticleSeparatesNamesButAndAloneJoinsThem() {
    assertThat(labels(run(HEADS, "Het Actieplan Schone en Veilige Scholen loopt door.")))
        .containsExactly("Actieplan Schone en Veilige Scholen");
  }

  @Test
  void anOrdeOrATeamDefinedByItsAcronymIsAnOrganisation() {
    List<NamedMention> found =
        run(
            ACRONYMS,
            "De Koninklijke Orde van Schaakmeesters (KOS) en het Crisis Management Team (CMT) adviseren.");
    assertThat(found)
        .extracting(NamedMention::label, NamedMention::kind)
        .contains(
            org.assertj.core.api.Assertions.tuple(
                "Koninklijke Orde van Schaakmeesters", EntityKind.ORGANISATION),
            org.assertj.core.api.Assertions.tuple(
                "Crisis Management Team", EntityKind.ORGANISATION));
  }

  @Test
  void headsOpeningWithConnectorsAndAdjectivesBeforeThem() {
    assertThat(
            labels(
                run(
                    HEADS,
                    "overleg met de Stichting van de Wegenbouw, het Waterschap Vallei en de Strategische Agenda Zuid-Limburg")))
        .containsExactlyInAnyOrder(
            "Stichting van de Wegenbouw", "Waterschap Vallei", "Strategische Agenda Zuid-Limburg");
  }

  @Test
  void aLineBreakInsideASentenceDoesNotOpenOne() {
    assertThat(labels(run(HEADS, "volgens de\nDorpsmonitor van de provincie")))
        .containsExactly("Dorpsmonitor");
  }
}
