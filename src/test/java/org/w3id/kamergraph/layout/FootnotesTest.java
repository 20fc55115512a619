package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FootnotesTest {
  private static List<String> notes(String text) {
    return Footnotes.find(text).stream().map(n -> n.text().of(text)).toList();
  }

  @Test
  void aNoteTakesTheWebAddressOnItsNextLineAndTheRestOfOneWrappedAfterAHyphen() {
    assertThat(
            notes("Tekst.\n1 Dagblad, 28 mei 2019, zie\nhttps://www.example.org/nieuws\nVraag 2\n"))
        .containsExactly("Dagblad, 28 mei 2019, zie\nhttps://www.example.org/nieuws");
    assertThat(
            notes(
                "Tekst.\n1https://www.rtl.nl/artikel/5407662/doelen-rutte-vier-\nhopeloos-uit-het-zicht\n"))
        .containsExactly(
            "https://www.rtl.nl/artikel/5407662/doelen-rutte-vier-\nhopeloos-uit-het-zicht");
  }

  @Test
  void theBodyThatResumesAfterANoteIsNotPartOfIt() {
    assertThat(notes("Tekst.\n1 Kamerstuk 31 300, nr. 5\nVerder wil ik opmerken dat dit klopt.\n"))
        .containsExactly("Kamerstuk 31 300, nr. 5");
    // a line after a complete address is text again, even when it looks like one word
    assertThat(notes("Tekst.\n1 https://www.example.org/rapport\nelektriciteitsnet\n"))
        .containsExactly("https://www.example.org/rapport");
  }
}
