package org.w3id.kamergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldNotesTest {
  private static final String NOTES =
      "Partial (cut off). ALIASES: ZN = Zorgverzekeraars Nederland; NZa = Nederlandse"
          + " Zorgautoriteit (in 'NZa-regels'); AiNed (AiNed-programma, AiNed"
          + " investeringsprogramma); NL AIC = Nederlandse AI Coalitie (also written NLAIC)."
          + " BORDERLINE organisations: gemeente Amsterdam, Provada (trade fair), and Eerste Kamer."
          + " BORDERLINE programmes: 'plan van aanpak'; Werkagenda. NOS/FD are news sources."
          + " Telegraaf (footnote 1) is a news source.";

  @Test
  void aliasGroupsSplitOnEqualsAndAlsoWritten() {
    // score.py splits before it strips parentheses, so "(also written X)" leaves "… (" and "X)"
    GoldNotes n = GoldNotes.parse(NOTES);
    assertThat(n.aliasGroups())
        .containsExactly(
            List.of("ZN", "Zorgverzekeraars Nederland"),
            List.of("NZa", "Nederlandse Zorgautoriteit"),
            List.of("AiNed"),
            List.of("NL AIC", "Nederlandse AI Coalitie (", "NLAIC)"));
  }

  @Test
  void borderlineAndNewsSourcesAreNeutral() {
    GoldNotes n = GoldNotes.parse(NOTES);
    assertThat(n.neutral())
        .containsExactly(
            "gemeente Amsterdam",
            "Provada",
            "Eerste Kamer",
            "plan van aanpak",
            "Werkagenda",
            "NOS",
            "FD",
            "Telegraaf");
  }

  @Test
  void noNotesNoRules() {
    assertThat(GoldNotes.parse(null).aliasGroups()).isEmpty();
    assertThat(GoldNotes.parse("Grouped 'Vraag 4 en 5'.").neutral()).isEmpty();
  }

  @Test
  void splitTopKeepsParenthesesTogether() {
    assertThat(GoldNotes.splitTop("a (b, c), d", ",")).containsExactly("a (b, c)", " d");
    assertThat(GoldNotes.strip(" 'plan' (x). ")).isEqualTo("plan");
  }
}
