package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.Footnote;

class FootnoteExtractorTest {
  private final FootnoteExtractor extractor = new FootnoteExtractor();

  @Test
  void xnootNotesOfOfficialHtml() {
    String text =
        "Kent u het akkoord?1\n\nXNoot\n1\n\nCoalitieakkoord, pagina 12.\n\nXNoot\n2\n\nZie de brief van 3 mei.\n";
    List<Footnote> found = extract(extractor, text).footnotes();
    assertThat(found)
        .extracting(Footnote::number, Footnote::text)
        .containsExactly(
            tuple(1, "Coalitieakkoord, pagina 12."), tuple(2, "Zie de brief van 3 mei."));
    Footnote f = found.get(0);
    assertThat(text.substring(f.span().begin(), f.span().end()))
        .isEqualTo("Coalitieakkoord, pagina 12.");
  }

  @Test
  void numberGluedToTheNoteInPdfText() {
    String text = "Kent u de brief?\n\n1Zie de brief van 3 mei.\n2Kamerstuk 31 111, nr. 45\n";
    List<Footnote> found = extract(extractor, text).footnotes();
    assertThat(found)
        .extracting(Footnote::number, Footnote::text)
        .containsExactly(tuple(1, "Zie de brief van 3 mei."), tuple(2, "Kamerstuk 31 111, nr. 45"));
    Footnote f = found.get(1);
    assertThat(text.substring(f.span().begin(), f.span().end()))
        .isEqualTo("Kamerstuk 31 111, nr. 45");
  }

  @Test
  void numberedQuestionLinesAreNotFootnotes() {
    String text = "1 Bent u bekend met het bericht?\n\nJa.\n\n2 Wat gaat u doen?\n\nNiets.\n";
    assertThat(extract(extractor, text).footnotes()).isEmpty();
  }

  @Test
  void labelsAndFallingNumbersAreNotFootnotes() {
    String text = "1 Vraag over de brug\n5 Zie de brief van 3 mei.\n";
    assertThat(extract(extractor, text).footnotes()).isEmpty();
  }

  @Test
  void aNoteMayQuoteATitleThatAsks() {
    String text =
        "Vraag 1\nKent u het rapport?1\n\nAntwoord 1\nJa.\n\n"
            + "1 Centraal Planbureau, «Sparen, maar voor wie?», maart 2024.\n2 Zie ook Kamerstuk 36 410, nr. 3.\n";
    assertThat(TestDocuments.extract(new FootnoteExtractor(), text).footnotes())
        .extracting(f -> f.number())
        .containsExactly(1, 2);
  }

  @Test
  void aNumberedQuestionOverTwoLinesIsNotANote() {
    String text = "1 Bent u bekend met de plannen voor de\nbrug?\n\n2 Wat gaat u doen?\n";
    assertThat(TestDocuments.extract(new FootnoteExtractor(), text).footnotes()).isEmpty();
  }
}
