package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FootnoteMarkersTest {
  private final FootnoteMarkers markers = FootnoteMarkers.standard();

  private List<String> found(String text, Integer... numbers) {
    return markers.find(text, new Region(0, text.length()), Set.of(numbers)).stream()
        .map(r -> r.of(text))
        .toList();
  }

  @Test
  void aNoteNumberAfterASentenceOrQuotationIsAMarker() {
    assertThat(found("Kent u het bericht «Wachtlijst groeit»?1", 1)).containsExactly("1");
    assertThat(found("Kent u het bericht «Wachtlijst groeit»? 1\nVraag 2", 1)).containsExactly("1");
    assertThat(found("te verlagen.4\n– Aanpak piekbelasting", 4)).containsExactly("4");
    assertThat(found("in het luchthavenbesluit.2 De resultaten volgen.", 2)).containsExactly("2");
  }

  @Test
  void numbersThatAreTextAreNot() {
    // a number no footnote has
    assertThat(found("Kent u het bericht?3", 1, 2)).isEmpty();
    // after a digit, an abbreviation, or followed by a lower-case word
    assertThat(found("versie 2.1 Het rapport verschijnt later.", 1)).isEmpty();
    assertThat(found("Kamerstuk 31 936, nr. 12 Ik verwijs daarnaar.", 12)).isEmpty();
    assertThat(found("zie blz. 4 De tabel", 4)).isEmpty();
    assertThat(found("Dat was in 2020. 3 procent meer dan toen.", 3)).isEmpty();
    // within running text, after a letter
    assertThat(found("artikel 3 Wet op de ruimtelijke ordening", 3)).isEmpty();
  }

  @Test
  void olderTextsCloseTheMarkerWithAParenthesis() {
    assertThat(found("Kent u het bericht \"Q-koorts in de Peel\"? 1)\n\n2\nHoeveel", 1))
        .containsExactly("1)");
    // "(zie 1)" is no marker: the parenthesis closes, it does not follow a sentence's end
    assertThat(found("volgens het rapport (bijlage 1) Het", 1)).isEmpty();
  }
}
