package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.reference.DataFiles;

/**
 * The head rules are data: the shipped file loads, and a malformed line names its file and line.
 */
class HeadRuleTest {
  @Test
  void theShippedRulesLoad() {
    assertThat(HeadRule.load())
        .extracting(r -> r.words().get(0))
        .contains("Autoriteit", "GGD", "Veiligheidsregio", "orgaan");
  }

  @Test
  void aMalformedLineIsReportedWithItsLine() {
    assertThatThrownBy(() -> HeadRule.parse(new StringReader("# kop\nORGANISATION\tprefix\n")))
        .isInstanceOf(DataFiles.MalformedLine.class)
        .hasMessageContaining("bad head rule")
        .satisfies(e -> assertThat(((DataFiles.MalformedLine) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> HeadRule.parse(new StringReader("ORGANISATION\tmiddle\tRaad\n")))
        .isInstanceOf(DataFiles.MalformedLine.class);
  }

  @Test
  void aMalformedShippedFileIsAPackagingErrorWithFileAndLine() {
    assertThatThrownBy(() -> DataFiles.load("malformed-heads.tsv", HeadRule::parse))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("/kamergraph/gazetteer/malformed-heads.tsv:3: bad head rule");
  }
}
