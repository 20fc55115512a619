package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.AnswerBlock;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.QuestionBlock;

/**
 * The official XML's own structure reaches the facts: the layout case {@code official-xml} through
 * the whole pipeline. Its answer line has no "(ontvangen …)", a footnote marker follows the first
 * question, and a signature follows the last answer.
 */
class OfficialXmlStructureTest {
  private static final Path CASE =
      Path.of(System.getProperty("kamergraph.basedir", "."))
          .resolve("src/test/resources/layout/official-xml/input.xml");

  private final DocumentFacts facts = Pipeline.standard().process(CASE).facts();

  @Test
  void anAnswerLineWithoutAReceivedDateStillNamesTheAnswerer() {
    assertThat(facts.answerers())
        .extracting(a -> a.name().familyName())
        .containsExactly("Hagedoorn");
    assertThat(facts.answerers().get(0).office()).isNotNull();
  }

  @Test
  void theSignatureIsNotPartOfTheLastAnswer() {
    AnswerBlock last = facts.answers().get(facts.answers().size() - 1);
    assertThat(last.numbers()).containsExactly(2, 3);
    assertThat(last.text()).endsWith("aanpak van het lerarentekort.").doesNotContain("Hagedoorn");
  }

  @Test
  void aFootnoteMarkerIsNotPartOfTheQuestion() {
    QuestionBlock first = facts.questions().get(0);
    assertThat(first.text())
        .isEqualTo("Kent u het rapport over vacatures in het speciaal onderwijs?");
    assertThat(facts.footnotes()).hasSize(1);
  }
}
