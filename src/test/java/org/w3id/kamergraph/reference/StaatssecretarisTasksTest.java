package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StaatssecretarisTasksTest {
  private static void malformedAt(String data, int line, String message) {
    assertThatThrownBy(() -> StaatssecretarisTasks.parse(new StringReader(data)))
        .isInstanceOfSatisfying(
            DataFiles.MalformedLine.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage()).startsWith(message);
            });
  }

  @Test
  void malformedRowsNameTheirLine() {
    malformedAt("# c\nMijnbouw\n", 2, "expected a task title");
    malformedAt("A\tFinanciën\tx\n\nA\tDefensie\ty\n", 3, "task title listed twice: A");
    malformedAt("\tFinanciën\tx\n", 1, "expected a task title");
  }

  @Test
  void wellFormedRowsKeepTheirOrder() throws Exception {
    assertThat(
            StaatssecretarisTasks.parse(new StringReader("# c\nB\tFinanciën\tx\nA\tDefensie\ty\n")))
        .containsExactly(
            java.util.Map.entry("B", "Financiën"), java.util.Map.entry("A", "Defensie"));
  }
}
