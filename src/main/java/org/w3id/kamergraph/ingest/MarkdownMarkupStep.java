package org.w3id.kamergraph.ingest;

import java.util.regex.Pattern;
import org.w3id.kamergraph.model.NormalisedText;

/**
 * Blanks Markdown markup that would otherwise glue to words or pose as content: {@code <sup>},
 * {@code </sup>} (and {@code sub}), {@code **}, and the {@code #}s that open a heading. Blanking
 * (spaces in place) keeps offsets trivially exact, and turns {@code woord<sup>1</sup>} into a
 * separate footnote marker. Runs on all text because many {@code .txt} inputs are Markdown
 * conversions; plain text rarely contains these sequences. {@code [1 ]}-style markers stay.
 */
final class MarkdownMarkupStep implements NormalisationStep {
  private static final Pattern MARKUP =
      Pattern.compile("</?su[pb]>|\\*\\*|(?m)^#{1,6}(?= )", Pattern.CASE_INSENSITIVE);

  @Override
  public NormalisedText apply(String input) {
    return NormalisationStep.blank(input, MARKUP);
  }
}
