package org.w3id.kamergraph.extract;

import org.w3id.kamergraph.layout.Block;
import org.w3id.kamergraph.layout.DocumentLayout;
import org.w3id.kamergraph.model.AnswerBlock;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.QuestionBlock;

/**
 * Numbered questions and their answers, as the document's layout found them ({@link
 * org.w3id.kamergraph.layout.QuestionLayout}): each with its numbers, its text with whitespace
 * collapsed, and its place in the text as read.
 */
public final class QuestionAnswerExtractor implements Extractor {
  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    DocumentLayout layout = context.layout();
    String text = context.text();
    for (Block q : layout.questions()) {
      sink.question(
          new QuestionBlock(
              q.numbers(),
              collapse(q.text(text)),
              context.span(q.body().begin(), q.body().end()),
              q.markerNumbers(text)));
    }
    for (Block a : layout.answers()) {
      sink.answer(
          new AnswerBlock(
              a.numbers(),
              collapse(a.text(text)),
              context.span(a.body().begin(), a.body().end()),
              a.markerNumbers(text)));
    }
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
