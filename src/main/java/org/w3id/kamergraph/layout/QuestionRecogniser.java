package org.w3id.kamergraph.layout;

import java.util.Optional;

/**
 * Recognises one way of laying out numbered questions and their answers. {@link QuestionBlocks}
 * asks each recogniser in turn; the first that recognises the text decides its layout.
 * Implementations are stateless and linear in the text.
 */
interface QuestionRecogniser {
  /**
   * The questions and answers after {@code from} (the end of the header's askers, or 0), when the
   * text is laid out this way; empty when it is not, so the next recogniser may try.
   */
  Optional<QuestionBlocks.Found> recognise(QuestionText text, int from);
}
