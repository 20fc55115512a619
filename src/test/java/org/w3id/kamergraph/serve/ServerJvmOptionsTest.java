package org.w3id.kamergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's JVM options (the launcher passes them to {@code serve}, the benchmark starts its
 * server with them): a heap that cannot grow while queries run, touched in full at start.
 */
class ServerJvmOptionsTest {
  @Test
  void theHeapIsFixedAndTouchedAtStart() {
    List<String> options = KamergraphServer.jvmOptions();
    String initial = value(options, "-Xms");
    assertThat(initial).as("an initial heap").isNotNull();
    assertThat(value(options, "-Xmx")).as("the maximum is the initial heap").isEqualTo(initial);
    assertThat(options).contains("-XX:+AlwaysPreTouch");
    assertThat(options).allSatisfy(o -> assertThat(o).startsWith("-").doesNotContain(" "));
  }

  private static String value(List<String> options, String prefix) {
    return options.stream()
        .filter(o -> o.startsWith(prefix))
        .map(o -> o.substring(prefix.length()))
        .findFirst()
        .orElse(null);
  }
}
