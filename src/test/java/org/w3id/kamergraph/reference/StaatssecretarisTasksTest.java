package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StaatssecretarisTasksTest {
  @Test
  void malformedRowsNameFileAndLine() {
    assertThatThrownBy(
            () -> StaatssecretarisTasks.parse("t.tsv", new StringReader("# c\nMijnbouw\n")))
        .hasMessageStartingWith("t.tsv:2: expected a task title");
    assertThatThrownBy(
            () ->
                StaatssecretarisTasks.parse(
                    "t.tsv", new StringReader("A\tFinanciën\tx\n\nA\tDefensie\ty\n")))
        .hasMessage("t.tsv:3: task title listed twice: A");
    assertThatThrownBy(
            () -> StaatssecretarisTasks.parse("t.tsv", new StringReader("\tFinanciën\tx\n")))
        .hasMessageStartingWith("t.tsv:1:");
  }
}
