package org.w3id.kamergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
  private static MarkedText.Mark mark(int b, int e, String entity) {
    return new MarkedText.Mark(b, e, entity, "member", entity);
  }

  private static String render(List<MarkedText.Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (MarkedText.Piece p : pieces) {
      sb.append(p.mark() == null ? p.text() : "[" + p.text() + "|" + p.mark().entity() + "]");
    }
    return sb.toString();
  }

  @Test
  void marksCountCodePointsAfterASurrogatePair() {
    String text = "\uD83D\uDE00 het lid Kemal vroeg";
    // "Kemal" begins at code point 10 (the emoji is one code point, two chars)
    assertThat(render(MarkedText.pieces(text, List.of(mark(10, 15, "k")))))
        .isEqualTo("\uD83D\uDE00 het lid [Kemal|k] vroeg");
  }

  @Test
  void everyCharacterIsShownOnceInOrderWhateverTheMarks() {
    String text = "Minister van Financiën en de Belastingdienst";
    List<MarkedText.Mark> marks =
        List.of(
            mark(13, 22, "fin"), // Financiën, inside the longer post
            mark(0, 22, "post"),
            mark(29, 44, "bd"),
            mark(20, 31, "across"), // overlaps the end of the post and the start of the next
            mark(40, 99, "outside"),
            mark(5, 5, "empty"));
    List<MarkedText.Piece> pieces = MarkedText.pieces(text, marks);
    assertThat(pieces.stream().map(MarkedText.Piece::text).reduce("", String::concat))
        .isEqualTo(text);
    assertThat(render(pieces))
        .isEqualTo("[Minister van Financiën|post] en de [Belastingdienst|bd]");
  }

  @Test
  void aTextWithoutMarksIsOnePlainPiece() {
    assertThat(MarkedText.pieces("tekst", List.of()))
        .containsExactly(new MarkedText.Piece("tekst", null));
    assertThat(MarkedText.pieces("", List.of(mark(0, 1, "x")))).isEmpty();
  }
}
