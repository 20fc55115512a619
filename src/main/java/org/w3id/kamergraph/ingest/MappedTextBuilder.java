package org.w3id.kamergraph.ingest;

import java.util.Arrays;
import org.w3id.kamergraph.model.NormalisedText;

/**
 * Builds the output of one normalisation step together with its offset map into the step's input. A
 * step copies, drops, joins or inserts characters in input order, which keeps the map
 * non-decreasing: a kept or replaced character maps to its input offset; a character joined from
 * several input characters to the first of them, with the end of the last as its end; an inserted
 * one to the offset of the next input character; a dropped one simply has no entry.
 */
final class MappedTextBuilder {
  private final StringBuilder text;
  private int[] map;
  private int[] ends;

  MappedTextBuilder(int capacity) {
    text = new StringBuilder(capacity + 16);
    map = new int[capacity + 17];
    ends = new int[capacity + 17];
  }

  /** Appends {@code c} as coming from input offset {@code source}. */
  void append(char c, int source) {
    append(c, source, source + 1);
  }

  /** Appends {@code c} as coming from input characters {@code [source, sourceEnd)}. */
  void append(char c, int source, int sourceEnd) {
    if (text.length() + 1 >= map.length) {
      map = Arrays.copyOf(map, map.length * 2);
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    map[text.length()] = source;
    ends[text.length()] = sourceEnd;
    text.append(c);
  }

  /** Copies input characters {@code [from, to)} of {@code input} unchanged. */
  void copy(String input, int from, int to) {
    for (int i = from; i < to; i++) {
      append(input.charAt(i), i);
    }
  }

  /** The step's result; {@code inputLength} is where the end of the text maps to. */
  NormalisedText build(int inputLength) {
    int n = text.length();
    int[] result = Arrays.copyOf(map, n + 1);
    result[n] = inputLength;
    int[] resultEnds = Arrays.copyOf(ends, n);
    for (int i = 0; i < n; i++) {
      // an insertion at the very end maps to the end of the input, and ends there
      resultEnds[i] = Math.min(resultEnds[i], inputLength);
    }
    return new NormalisedText(text.toString(), result, resultEnds);
  }
}
