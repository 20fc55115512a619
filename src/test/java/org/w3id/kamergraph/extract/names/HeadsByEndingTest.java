package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.extract.names.HeadRule.Position;
import org.w3id.kamergraph.model.EntityKind;

/** The grouping by ending never hides a rule whose head a word ends in. */
class HeadsByEndingTest {
  private static HeadRule suffix(String head) {
    return new HeadRule(EntityKind.ORGANISATION, Position.SUFFIX, List.of(head));
  }

  private final List<HeadRule> rules =
      List.of(
          suffix("autoriteit"), suffix("fonds"), suffix("Fonds"), suffix("raad"), suffix("ngo"));
  private final HeadsByEnding heads = new HeadsByEnding(rules);

  @Test
  void everyRuleWhoseHeadAWordEndsInIsACandidate() {
    for (String word :
        List.of(
            "Kansspelautoriteit", "Warmtefonds", "WarmteFonds", "Onderwijsraad", "ngo", "NGO")) {
      String lower = word.toLowerCase(Locale.ROOT);
      List<HeadRule> expected =
          rules.stream()
              .filter(r -> lower.endsWith(r.words().get(0).toLowerCase(Locale.ROOT)))
              .toList();
      assertThat(expected).as(word).isNotEmpty();
      assertThat(heads.candidates(lower)).as(word).containsAll(expected);
      assertThat(heads.mayEnd(word)).as(word).isTrue();
    }
  }

  @Test
  void aWordEndingInNoHeadHasNoCandidates() {
    for (String word : List.of("minister", "Kamer", "vragen", "de", "x")) {
      assertThat(heads.candidates(word.toLowerCase(Locale.ROOT))).as(word).isEmpty();
      assertThat(heads.mayEnd(word)).as(word).isEqualTo(word.length() < HeadsByEnding.ENDING);
    }
  }
}
