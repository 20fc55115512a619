package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code bench --adversarial} end to end at small sizes: one row per chosen shape with a time for
 * every size, the verdict line, and usage errors for sizes it cannot take. No timing is asserted.
 */
class BenchAdversarialTest {
  @Test
  void timesTheChosenShapesAtEverySize() {
    CliTest.Run r =
        CliTest.run("bench", "--adversarial", "--sizes", "2K,8K", "--shape", "digits and dots");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out())
        .contains("| shape | 2 KB | 8 KB | worst growth per ×10 | linear | largest run |")
        .containsPattern("\\| digits and dots \\| \\d+\\.\\d\\d s \\| \\d+\\.\\d\\d s \\|")
        .contains("1 of 1 shapes linear");
    assertThat(r.err()).contains("1 shapes at 2 sizes");
  }

  @Test
  void aRefusedRunIsReportedWithItsReason() {
    // 512 K of "(VVD) " names a party more than the fact limit allows in one document
    CliTest.Run r =
        CliTest.run("bench", "--adversarial", "--sizes", "512K", "--shape", "repeated: (VVD)");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("refused: yields more than 50000 facts").doesNotContain(".txt");
  }

  @Test
  void sizesMustBeSizesInAscendingOrder() {
    assertThat(CliTest.run("bench", "--adversarial", "--sizes", "10X").exit()).isEqualTo(2);
    assertThat(CliTest.run("bench", "--adversarial", "--sizes", "1M,10K").exit()).isEqualTo(2);
    assertThat(CliTest.run("bench", "--adversarial", "--sizes", "0").exit()).isEqualTo(2);
    assertThat(CliTest.run("bench", "--adversarial", "--shape", "no such shape").exit())
        .isEqualTo(2);
    assertThat(CliTest.run("bench", "--adversarial", "--generate", "3").exit()).isEqualTo(2);
  }
}
