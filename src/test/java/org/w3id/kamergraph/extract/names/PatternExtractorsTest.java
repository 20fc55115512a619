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
  private static final TitledWorkExtractor TITLES = new TitledWorkExtractor(REPORTER);
  private static final HeadNounNameExtractor HEADS =
      new HeadNounNameExtractor(HeadRule.load(), REPORTER);

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
  void bareTitleAfterHandreiking() {
    assertThat(
            labels(
                run(
                    TITLES,
                    "de handreiking Algemene Erfpachtbepalingen voor gemeentelijke erfpacht")))
        .containsExactly("Algemene Erfpachtbepalingen");
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
