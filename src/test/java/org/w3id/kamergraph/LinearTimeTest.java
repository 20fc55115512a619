package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline (reading, normalisation, every extractor, the graph) takes time linear in its
 * input on adversarial shapes: runs of spaces and blank lines after the phrases the extractors
 * anchor on, those phrases repeated, long tokens, combining marks, chains of capitalised words,
 * real text repeated. For each shape, 1 MB may take at most 20 times what 50 KB takes (linear would
 * be 20 times) or {@link #FLOOR_S} seconds, and nothing may take over {@link #HARD_LIMIT_S}
 * seconds; the budgets are generous, the benchmark has the real figures. A run past the limit is a
 * finding: the shape is named.
 */
class LinearTimeTest {
  static final int SMALL = 50 * 1024;
  static final int LARGE = 1024 * 1024;
  static final long HARD_LIMIT_S = 60;
  static final double FLOOR_S = 3.0;

  /** The phrases extractors look for, as documents write them. */
  static final String[] TRIGGERS = {
    "Vragen van het lid ",
    "Vragen van de leden ",
    " aan de minister van ",
    " over ",
    "(ingezonden 3 april 2024)",
    "(ontvangen 4 mei 2024)",
    "Antwoord van minister ",
    "Mededeling van ",
    "Vraag 1 ",
    "Antwoord 1 ",
    "1. ",
    "Kamerstuk 26 643, nr. ",
    "kst-36180-XV-12 ",
    "2024Z10305 ",
    "De minister van Financiën\n",
    "De staatssecretaris van ",
    "het lid Jansen (PvdA) ",
    "het programma ",
    "Centraal Planbureau ",
    "https://www.rijksoverheid.nl/",
    "1 Zie ",
    "«",
    "(VVD) ",
    "Aanhangsel Handelingen ",
  };

  @TempDir static Path tmp;
  static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = Pipeline.standard();
  }

  @Test
  void runsOfWhitespaceAfterEveryTrigger() throws Exception {
    for (String ws : new String[] {" ", "\n", "\t ", "\u00a0"}) {
      linear(
          "trigger + 1,000 × " + printable(ws),
          n -> fill(n, i -> TRIGGERS[i % TRIGGERS.length] + ws.repeat(1000) + "Jansen "));
    }
  }

  @Test
  void blankLinesAndSpacesAlone() throws Exception {
    linear("blank lines", n -> "\n".repeat(n));
    linear("spaces", n -> " ".repeat(n));
    linear("Vragen van het lid + spaces", n -> "Vragen van het lid " + " ".repeat(n));
  }

  @Test
  void triggersRepeated() throws Exception {
    linear("every trigger, cyclically", n -> fill(n, i -> TRIGGERS[i % TRIGGERS.length]));
    for (String t : TRIGGERS) {
      linear("repeated: " + printable(t), n -> fill(n, i -> t));
    }
  }

  @Test
  void longTokensCombiningMarksAndCapitalisedChains() throws Exception {
    linear("one long token", n -> "A".repeat(n));
    linear("long tokens", n -> fill(n, i -> "Kamerstukken".repeat(500) + " "));
    linear("combining marks", n -> fill(n, i -> "e\u0301\u0308"));
    // one base letter and every mark after it: a regex word boundary looks back over all of them
    linear("one run of combining marks", n -> "Vragen van het lid Jansen e" + "\u0301".repeat(n));
    linear(
        "capitalised chains",
        n -> fill(n, i -> i % 40 == 39 ? ". " : "Van Der Berg De Vries Jansen "));
    linear("digits and dots", n -> fill(n, i -> (i % 97) + ". "));
  }

  @Test
  void realTextRepeated() throws Exception {
    Path examples = Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");
    String real = Files.readString(examples.resolve("ah-tk-20232024-9901.txt"));
    linear("a real answer, repeated", n -> fill(n, i -> real));
    // abbreviations the gazetteer knows, written in brackets once, at the end: every hit once
    // searched the whole text for the bracketed form and for the entry's long names. That cost
    // 4.5 s at 1 MB and 17.3 s at 2 MB in the gazetteer alone, yet the whole pipeline stayed
    // within 20 times its 50 KB time at 1 MB, so this shape passed before the fix too: it guards
    // the large constant, the bench figures in the closing note guard the growth
    linear(
        "known abbreviations, bracketed at the end",
        n ->
            fill(n - 40, i -> "de AFM meldt dat het onderzoek naar de markt nog loopt. ")
                + " de AFM (AFM) en NVWA (NVWA)");
  }

  // ---

  /**
   * Fails when the shape at 1 MB takes more than 20 times its time at 50 KB, unless it takes less
   * than {@link #FLOOR_S} or at most 3.2 times its time at 512 KB (twice the input; quadratic work
   * would take four times as long; a shape of 175,000 party mentions per megabyte, millions of
   * quads in a 2 GB test heap, measured 2.7 times in a full test run). The second escape is for
   * shapes that make hundreds of thousands of quads per megabyte: warm 50 KB runs are
   * disproportionately fast (caches, no collections), so "het lid Jansen (PvdA) " repeated measured
   * 31 times while 1 MB → 2 MB took exactly twice as long.
   */
  static void linear(String shape, IntFunction<String> make) throws Exception {
    Path small = write(make.apply(SMALL));
    Path half = write(make.apply(LARGE / 2));
    Path large = write(make.apply(LARGE));
    time(shape, small); // warm-up
    double s = Math.min(time(shape, small), time(shape, small));
    double l = time(shape, large);
    if (l <= Math.max(20 * s, FLOOR_S)) {
      return;
    }
    // measured again after a run at this scale, so neither pays for compiling the other's paths
    double h = Math.min(time(shape, half), time(shape, half));
    l = Math.min(l, time(shape, large));
    assertThat(l)
        .as("%s: 1 MB took %.2f s, 512 KB %.2f s, 50 KB %.3f s", shape, l, h, s)
        .isLessThanOrEqualTo(3.2 * h);
  }

  static double time(String shape, Path file) throws Exception {
    long t0 = System.nanoTime();
    // a thread of its own for each run: a run past the limit cannot be stopped (a regex does not
    // look at interrupts), so it is abandoned as a daemon and the next run does not wait for it
    Thread t =
        new Thread(
            () -> {
              try {
                pipeline.process(file);
              } catch (RuntimeException e) {
                // refused input is fine; only time counts here
              }
            },
            "linear-time");
    t.setDaemon(true);
    t.start();
    t.join(TimeUnit.SECONDS.toMillis(HARD_LIMIT_S));
    if (t.isAlive()) {
      throw new AssertionError(
          shape + ": " + Files.size(file) + " bytes still running after " + HARD_LIMIT_S + " s");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  static String fill(int bytes, IntFunction<String> piece) {
    StringBuilder b = new StringBuilder(bytes + 4096);
    for (int i = 0; b.length() < bytes; i++) {
      b.append(piece.apply(i));
    }
    b.setLength(bytes);
    return b.toString();
  }

  static Path write(String text) throws IOException {
    Path p = Files.createTempFile(tmp, "adversarial", ".txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(
          c < 0x20 || c == 0xa0
              ? String.format(Locale.ROOT, "\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return b.toString();
  }
}
