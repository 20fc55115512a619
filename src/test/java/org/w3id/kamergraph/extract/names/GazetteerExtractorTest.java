package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.names.MentionCollector.labels;
import static org.w3id.kamergraph.extract.names.MentionCollector.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Gazetteer;

class GazetteerExtractorTest {
  private static final GazetteerExtractor EXTRACTOR = new GazetteerExtractor(Gazetteer.load());

  @Test
  void fullNameAndAbbreviationGiveTheSameKey() {
    List<NamedMention> found =
        run(EXTRACTOR, "De Autoriteit Consument en Markt (ACM) houdt toezicht; de ACM meldt dit.");
    assertThat(found).extracting(NamedMention::key).containsExactly("acm", "acm", "acm");
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(found.get(0).span()).isEqualTo(new org.w3id.kamergraph.model.Span(3, 32));
  }

  @Test
  void abbreviationsMatchOnlyAsWholeWordsWithTheirCase() {
    assertThat(
            run(
                EXTRACTOR,
                "De PACMAN-regels en het welzijn van de acm-leden; Welzijn (NSC) vroeg het."))
        .isEmpty();
  }

  @Test
  void newsOutletsAreNotOrganisations() {
    assertThat(run(EXTRACTOR, "Volgens de NOS en het FD, en de Volkskrant.")).isEmpty();
  }

  @Test
  void nothingInsideAddresses() {
    assertThat(
            run(
                EXTRACTOR,
                "Zie https://www.cbs.nl/CBS/cijfers en mail naar info@TNO.nl of rvo.nl."))
        .isEmpty();
  }

  @Test
  void namesBrokenOverLinesAndGluedByPdfStillMatch() {
    assertThat(
            labels(run(EXTRACTOR, "de Klimaat- en\nEnergieverkenning en onderzoek doorDeloitte")))
        .containsExactly("Klimaat- en Energieverkenning", "Deloitte");
  }

  @Test
  void longestNameWins() {
    assertThat(labels(run(EXTRACTOR, "Het Nationaal Groeifonds investeert.")))
        .containsExactly("Nationaal Groeifonds");
  }

  @Test
  void aDocumentsOwnDefinitionOfAnAbbreviationWins() {
    // GVB is also the Amsterdam transport company; here the text defines it otherwise
    assertThat(
            labels(run(EXTRACTOR, "het Gemeenschappelijk Visserijbeleid (GVB) en later het GVB")))
        .isEmpty();
    assertThat(labels(run(EXTRACTOR, "het Centraal Planbureau (CPB) en later het CPB")))
        .containsOnly("Centraal Planbureau");
  }
}
