package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void everyShippedListLoads() {
    for (String name :
        List.of(
            "not-name-words",
            "name-particles",
            "letter-heading-words",
            "parens-only-parties",
            "marker-abbreviations",
            "months",
            "report-words",
            "title-determiners",
            "title-author-words",
            "title-end-words",
            "title-addressee-prepositions",
            "place-joiners",
            "month-abbreviations",
            "accented-letters",
            "doubled-labels")) {
      assertThat(WordLists.list(name)).as(name).isNotEmpty();
    }
    assertThat(WordLists.list("months")).hasSize(12).startsWith("januari").endsWith("december");
  }

  @Test
  void skipsCommentsAndBlankLinesAndKeepsTheOrder() throws Exception {
    assertThat(WordLists.parse("x.txt", new StringReader("# kop\n\nvan\n  der \n# uit\nden\n")))
        .containsExactly("van", "der", "den");
  }

  @Test
  void aMalformedListNamesItsFileAndLine() {
    assertThatThrownBy(() -> WordLists.parse("words/x.txt", new StringReader("van\nvan der\n")))
        .hasMessage("words/x.txt:2: \"van der\" is more than one word");
    assertThatThrownBy(() -> WordLists.parse("words/x.txt", new StringReader("de\n# c\nde\n")))
        .hasMessage("words/x.txt:3: \"de\" is listed twice (first at line 1)");
    assertThatThrownBy(() -> WordLists.parse("words/x.txt", new StringReader("# leeg\n")))
        .hasMessage("words/x.txt: no words");
    assertThatThrownBy(
            () ->
                WordLists.parse(
                    "words/x.txt",
                    new StringReader("é\n# c\nee\n"),
                    w -> w.length() == 1,
                    "one letter"))
        .hasMessage("words/x.txt:3: \"ee\" is not one letter");
  }

  @Test
  void anUnknownListIsAPackagingError() {
    assertThatThrownBy(() -> WordLists.list("no-such-list"))
        .hasMessageContaining("missing resource /kamergraph/words/no-such-list.txt");
  }
}
