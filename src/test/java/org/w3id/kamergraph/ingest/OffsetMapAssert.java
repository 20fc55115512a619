package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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
    assertThat(n.sourceEnds()).hasSize(text.length());
    assertThat(map[text.length()]).isEqualTo(source.length());
    boolean[] covered = new boolean[source.length()];
    for (int i = 0; i < text.length(); i++) {
      assertThat(map[i]).as("map[%d] non-decreasing", i).isLessThanOrEqualTo(map[i + 1]);
      assertThat(map[i]).isBetween(0, source.length() - 1);
      char t = text.charAt(i);
      char s = source.charAt(map[i]);
      boolean inserted = map[i] == map[i + 1] && t == ' ';
      int end = n.sourceEnd(i);
      if (end - map[i] >= 2) {
        // a letter joined with its diacritic, perhaps across characters an earlier step dropped
        assertJoined(source, map[i], end, t);
        covered[map[i]] = true;
        covered[end - 1] = true;
        assertThat(map[i + 1]).as("after the joined letter at %d", i).isGreaterThanOrEqualTo(end);
        continue;
      }
      int width = end - map[i];
      assertThat(width).as("source width of char %d", i).isEqualTo(1);
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

  /**
   * {@code joined} is the letter and the spacing diacritic that begin and end source {@code [at,
   * end)}, in either order.
   */
  private static void assertJoined(String source, int at, int end, char joined) {
    String parts = Normalizer.normalize(String.valueOf(joined), Normalizer.Form.NFD);
    assertThat(parts).as("'%s' at %d is a letter with one diacritic", joined, at).hasSize(2);
    char a = source.charAt(at);
    char b = source.charAt(end - 1);
    char letter = parts.charAt(0);
    char mark = parts.charAt(1);
    boolean after = a == letter && SpacingDiacriticStep.combiningFormOf(b) == mark;
    boolean before = b == letter && SpacingDiacriticStep.combiningFormOf(a) == mark;
    assertThat(after || before).as("'%s' joins source \"%s%s\" at %d", joined, a, b, at).isTrue();
  }
}
