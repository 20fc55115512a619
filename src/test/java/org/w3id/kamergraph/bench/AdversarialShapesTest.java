package org.w3id.kamergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes make the size they are asked for, the same text each time, and distinct names. */
class AdversarialShapesTest {
  private final List<AdversarialShapes.Shape> shapes =
      AdversarialShapes.all(new CorpusGenerator().answerText(1));

  @Test
  void everyShapeMakesExactlyTheSizeAskedForAndTheSameTextEachTime() {
    for (AdversarialShapes.Shape s : shapes) {
      for (int n : new int[] {1, 100, 10_000, 70_001}) {
        String text = s.text(n);
        assertThat(text).as("%s at %d", s.name(), n).hasSize(n);
        assertThat(s.text(n)).as("%s at %d, again", s.name(), n).isEqualTo(text);
      }
    }
  }

  @Test
  void namesAreDistinctAndEveryTriggerIsAShape() {
    assertThat(new HashSet<>(shapes.stream().map(AdversarialShapes.Shape::name).toList()))
        .hasSize(shapes.size());
    assertThat(shapes).hasSizeGreaterThan(AdversarialShapes.TRIGGERS.size() + 10);
  }

  @Test
  void theRealTextShapeRepeatsARealisticAnswer() {
    String real = new CorpusGenerator().answerText(1);
    assertThat(real).contains("Antwoord 1").contains("(ontvangen ");
    assertThat(AdversarialShapes.realText(real).get(0).text(3 * real.length()))
        .isEqualTo(real.repeat(3));
  }
}
