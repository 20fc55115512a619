package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.w3id.kamergraph.model.NormalisedText;

/** Checks that a normalised text's map is exact: every character accounted for. */
final class OffsetMapAssert {
  // what a step may drop: line-ending CRs, invisible characters, a hyphen with its line break
  private static final String DROPPABLE = "\r\u00AD\u200B\u200C\u200D\u2060\uFEFF- \t\n";

  private OffsetMapAssert() {}

  static void assertExact(String source, NormalisedText n) {
    String text = n.text();
    int[] map = n.sourceOffsets();
    assertThat(map).hasSize(text.length() + 1);
    assertThat(map[text.length()]).isEqualTo(source.length());
    boolean[] covered = new boolean[source.length()];
    for (int i = 0; i < text.length(); i++) {
      assertThat(map[i]).as("map[%d] non-decreasing", i).isLessThanOrEqualTo(map[i + 1]);
      assertThat(map[i]).isBetween(0, source.length() - 1);
      char t = text.charAt(i);
      char s = source.charAt(map[i]);
      boolean inserted = map[i] == map[i + 1] && t == ' ';
      if (!inserted) {
        covered[map[i]] = true;
        // two output characters never come from one source character, except an insertion
        assertThat(map[i]).as("map strictly increasing at %d", i).isLessThan(map[i + 1]);
      }
      if (t != s) {
        assertThat(t)
            .as("char %d '%s' differs from source '%s': only blanking allowed", i, t, s)
            .isIn(' ', '\n');
        if (t == '\n') {
          assertThat(s).isIn('\r', '\u2028', '\u2029', '\f', '\u000B', '\u0085');
        }
      }
    }
    for (int k = 0; k < source.length(); k++) {
      if (!covered[k]) {
        assertThat(DROPPABLE).as("dropped source char at %d", k).contains("" + source.charAt(k));
      }
    }
  }
}
