package org.w3id.kamergraph.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.kamergraph.model.SourceDocument;

/**
 * Works out a document's {@link DocumentLayout} from its normalised text: the header first, then
 * the footnotes, the answer line, the questions and answers after the header's askers, and the
 * Mededeling's heading. Stateless and thread-safe; linear in the text, as every part's finder is.
 */
public final class Layouts {
  private Layouts() {}

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
    QuestionBlocks.Found blocks = QuestionBlocks.find(text, from, notes);
    Matcher notice = QuestionBlocks.NOTICE.matcher(text);
    Optional<Region> noticeHeading =
        notice.find() ? Optional.of(new Region(notice.start(), notice.end())) : Optional.empty();
    return new DocumentLayout(
        header,
        AnswerLines.find(text),
        AnswerLines.opening(text),
        blocks.layout(),
        blocks.questions(),
        blocks.answers(),
        blocks.questionsStart(),
        noticeHeading,
        notes);
  }
}
