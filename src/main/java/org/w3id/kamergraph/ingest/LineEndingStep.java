package org.w3id.kamergraph.ingest;

import org.w3id.kamergraph.model.NormalisedText;

/**
 * Unifies line endings: {@code \r\n} becomes {@code \n} (the {@code \r} is dropped), a lone {@code
 * \r} becomes {@code \n}. Extractors then only ever see {@code \n}.
 */
final class LineEndingStep implements NormalisationStep {
  @Override
  public boolean mayChange(String input) {
    return input.indexOf('\r') >= 0;
  }

  @Override
  public NormalisedText apply(String input) {
    MappedTextBuilder out = new MappedTextBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c != '\r') {
        out.append(c, i);
      } else if (i + 1 >= input.length() || input.charAt(i + 1) != '\n') {
        out.append('\n', i);
      }
    }
    return out.build(input.length());
  }
}
