package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnoteLinksTest {
  @Test
  void takesAbsoluteWebAddressesWithoutTheirClosingPunctuation() {
    assertThat(
            FootnoteLinks.in("NOS, 22 januari 2024 (https://nos.nl/artikel/2505780-werkgevers)."))
        .containsExactly("https://nos.nl/artikel/2505780-werkgevers");
    assertThat(
            FootnoteLinks.in(
                "Zie https://www.rijksoverheid.nl/documenten/rapporten/2023/12/15/nplg."))
        .containsExactly("https://www.rijksoverheid.nl/documenten/rapporten/2023/12/15/nplg");
    // a bracket the address opened itself stays
    assertThat(FootnoteLinks.in("https://en.wikipedia.org/wiki/Rutte_(kabinet)"))
        .containsExactly("https://en.wikipedia.org/wiki/Rutte_(kabinet)");
    // Markdown: the link's closing bracket is not part of it
    assertThat(FootnoteLinks.in("[DESI indicators](https://desi.europa.eu/)"))
        .containsExactly("https://desi.europa.eu/");
  }

  @Test
  void joinsAnAddressWrappedAfterASlashOrHyphenWhenTheNextLineHoldsNothingElse() {
    assertThat(
            FootnoteLinks.in(
                "https://www.rijksoverheid.nl/documenten/kamerstukken/2023/04/26/\n"
                    + "voorjaarsbesluitvormingklimaat"))
        .containsExactly(
            "https://www.rijksoverheid.nl/documenten/kamerstukken/2023/04/26/"
                + "voorjaarsbesluitvormingklimaat");
    assertThat(FootnoteLinks.in("https://www.oecd.org/reports/impacts-of-\non-the-workplace.htm"))
        .containsExactly("https://www.oecd.org/reports/impacts-of-on-the-workplace.htm");
    // the next line is a sentence, not the rest of the address
    assertThat(FootnoteLinks.in("Zie https://example.org/\nvoor meer gegevens."))
        .containsExactly("https://example.org/");
  }

  @Test
  void neverCompletesOrGuesses() {
    assertThat(FootnoteLinks.in("www.rijksoverheid.nl/onderwerpen")).isEmpty();
    assertThat(FootnoteLinks.in("https://localhost")).isEmpty();
    assertThat(FootnoteLinks.in("ftp://files.example.org/x")).isEmpty();
    assertThat(FootnoteLinks.in("http:// nos.nl")).isEmpty();
    assertThat(FootnoteLinks.in("Kamerstuk 31 293, nr. 600.")).isEmpty();
  }

  @Test
  void listsEachAddressOnce() {
    assertThat(FootnoteLinks.in("https://a.nl/x en nogmaals https://a.nl/x, ook https://b.nl"))
        .containsExactly("https://a.nl/x", "https://b.nl");
  }
}
