package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.AdversarialBench.Row;
import org.w3id.kamergraph.AdversarialBench.Run;

/** The verdict of the linear-time benchmark: growth per tenfold size, noise and abandoned runs. */
class AdversarialBenchTest {
  private static Run run(int chars, double s) {
    return new Run(chars, s, "1 triples", true);
  }

  @Test
  void linearGrowthIsTenPerTenfoldSize() {
    Row row = new Row("x", List.of(run(10_000, 0.1), run(100_000, 1.0), run(1_000_000, 10.0)));
    assertThat(row.worstTenfoldGrowth()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(row.linear()).isTrue();
  }

  @Test
  void quadraticGrowthIsNotLinear() {
    Row row = new Row("x", List.of(run(10_000, 0.03), run(100_000, 0.3), run(1_000_000, 30.0)));
    // the first step starts from a run too short to measure; the second shows the growth
    assertThat(row.worstTenfoldGrowth())
        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(row.linear()).isFalse();
  }

  @Test
  void aDoublingStepIsScaledToTenfold() {
    // quadratic over a doubling: 4 times as long, which is 100 times per tenfold size
    Row row = new Row("x", List.of(run(512, 1.0), run(1024, 4.0)));
    assertThat(row.worstTenfoldGrowth())
        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void stepsFromARunTooShortToMeasureDoNotCount() {
    // a 10 KB run of milliseconds, then a first run at 100 KB that compiles new code paths: 60
    // times as long, which is warm-up, not growth
    Row row = new Row("x", List.of(run(10_000, 0.005), run(100_000, 0.3)));
    assertThat(row.worstTenfoldGrowth()).isNaN();
    assertThat(row.linear()).isTrue();
  }

  @Test
  void anAbandonedRunIsNotLinear() {
    Row row =
        new Row(
            "x",
            List.of(run(10_000, 0.01), new Run(100_000, 120, "still running after 120 s", false)));
    assertThat(row.linear()).isFalse();
    assertThat(AdversarialBench.markdown(List.of(row), List.of(10_240, 102_400, 1_048_576)))
        .contains("| x | 0.01 s | > 120 s | — |")
        .contains("| NO | still running after 120 s |");
  }
}
