package org.w3id.kamergraph.layout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.kamergraph.model.SourceDocument;

/**
 * Works out a document's {@link DocumentLayout} from its normalised text: the header first, then
 * the footnotes, the answer line, the questions and answers after the header's askers, and the
 * Mededeling's heading. Stateless and thread-safe; linear in the text, as every part's finder is.
 */
public final class Layouts {
  /** The shipped marker rules (read once; immutable). */
  private static final FootnoteMarkers MARKERS = FootnoteMarkers.standard();

  private Layouts() {}

  /** The blocks with the footnote markers in their text and the footnotes printed inside them. */
  private static List<Block> withMarkers(
      List<Block> blocks, String text, List<Note> notes, Set<Integer> numbers) {
    return blocks.stream()
        .map(
            b -> {
              List<Region> inside =
                  notes.stream()
                      .filter(
                          n -> n.start() >= b.body().begin() && n.text().end() <= b.body().end())
                      .map(n -> new Region(n.start(), n.text().end()))
                      .toList();
              return new Block(
                  b.numbers(), b.body(), MARKERS.find(text, b.body(), numbers), inside);
            })
        .toList();
  }

  /**
   * The layout of a document: from the parts its source marks where it marks questions (the
   * official XML), else from its normalised text.
   */
  public static DocumentLayout of(SourceDocument document) {
    if (!document.structure().isEmpty()) {
      Optional<DocumentLayout> marked = MarkedLayout.of(document);
      if (marked.isPresent()) {
        return marked.get();
      }
    }
    return of(document.normalised().text());
  }

  /** The layout of {@code text}, a document's normalised text. */
  public static DocumentLayout of(String text) {
    Optional<Header> header = Header.find(text);
    List<Note> notes = Footnotes.find(text);
    int from = header.map(Header::askersEnd).orElse(0);
    Optional<Region> answerOpening = AnswerLines.opening(text);
    List<Signature> signatures = Signatures.find(text);
    QuestionBlocks.Found blocks =
        QuestionBlocks.find(
            text,
            from,
            notes,
            answerOpening.isPresent(),
            Signatures.closing(text, signatures, from).orElse(text.length()));
    Set<Integer> numbers = notes.stream().map(Note::number).collect(Collectors.toSet());
    return new DocumentLayout(
        header,
        AnswerLines.find(text),
        answerOpening,
        blocks.layout(),
        withMarkers(blocks.questions(), text, notes, numbers),
        withMarkers(blocks.answers(), text, notes, numbers),
        blocks.questionsStart(),
        QuestionText.noticeHeading(text),
        notes,
        signatures,
        LetterHeads.find(text, blocks.questionsStart()));
  }
}
