package org.w3id.kamergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Text shaped to make extraction slow, at any size: runs of whitespace after the phrases the
 * extractors anchor on, those phrases repeated, long tokens, runs of combining marks, chains of
 * capitalised words, real text repeated. The benchmark times each shape at several sizes and the
 * linear-time test holds them to a growth bound; both take them from here, so a shape added once is
 * measured and guarded.
 *
 * <p>Every shape makes exactly the number of characters asked for (UTF-8 files of these are at most
 * a few percent larger), and the same text for the same size.
 */
public final class AdversarialShapes {
  /** One shape: its name as reports print it, and the text of {@code n} characters. */
  public record Shape(String name, IntFunction<String> make) {
    /** The text of this shape with {@code chars} characters. */
    public String text(int chars) {
      return make.apply(chars);
    }
  }

  /**
   * The phrases extractors look for, as documents write them: each one an anchor a regular
   * expression starts from, so whitespace or repetition after it is where backtracking would hurt.
   */
  static final List<String> TRIGGERS =
      List.of(
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
          "Postbus 20018 ",
          "26643-12",
          "Kamerstukken I 2019/20, 25 295",
          "Stcrt. 2020, nr. 12",
          "minister-president Rutte");

  /** How much of a real document counts as its header (askers, addressees, subject, dates). */
  private static final int HEAD = 1500;

  private AdversarialShapes() {}

  /**
   * Every shape.
   *
   * @param realText a real (or realistic) document's text, repeated by the shapes that need one
   */
  public static List<Shape> all(String realText) {
    List<Shape> shapes = new ArrayList<>();
    shapes.addAll(whitespaceAfterTriggers());
    shapes.addAll(whitespaceAlone());
    shapes.addAll(triggersRepeated());
    shapes.addAll(tokensMarksAndChains());
    shapes.addAll(realText(realText));
    return List.copyOf(shapes);
  }

  /**
   * Each trigger followed by a run of one kind of whitespace, cyclically: runs of 1,000 characters,
   * and runs that grow with the size (every trigger once, each followed by an equal share of the
   * text). Work quadratic in a run's length is linear in the first shape and quadratic in the
   * second: a pattern whose two whitespace quantifiers try every split of the run after a match
   * ({@code \\s*,?\\s*}) shows only there.
   */
  public static List<Shape> whitespaceAfterTriggers() {
    List<Shape> shapes = new ArrayList<>();
    for (String ws : new String[] {" ", "\n", "\t ", "\u00a0"}) {
      String run = ws.repeat(1000);
      shapes.add(
          new Shape(
              "trigger + 1,000 × " + printable(ws),
              n -> fill(n, i -> TRIGGERS.get(i % TRIGGERS.size()) + run + "Jansen ")));
    }
    for (String ws : new String[] {" ", "\n", "\t ", "\u00a0"}) {
      shapes.add(
          new Shape(
              "every trigger + a run of 1/" + TRIGGERS.size() + " × " + printable(ws),
              n -> {
                String share = ws.repeat(Math.max(1, n / TRIGGERS.size() / ws.length()));
                return fill(n, i -> TRIGGERS.get(i % TRIGGERS.size()) + share + "Jansen ");
              }));
    }
    return shapes;
  }

  /**
   * Blank lines, spaces, and header sentences followed by nothing but whitespace: one that stops
   * after its first words, and whole ones that stop where the subject would begin (a pattern
   * anchored at the end of the addressees runs only once a header is found).
   */
  public static List<Shape> whitespaceAlone() {
    String header = "Vragen van het lid Jansen (VVD) aan de minister van Financiën over";
    return List.of(
        new Shape("header before its subject + spaces", n -> run(header + " ", " ", n)),
        new Shape("header before its subject + blank lines", n -> run(header + "\n", "\n", n)),
        new Shape("blank lines", n -> "\n".repeat(n)),
        new Shape("spaces", n -> " ".repeat(n)),
        new Shape(
            "Vragen van het lid + spaces",
            n -> fill(n, i -> i == 0 ? "Vragen van het lid " : " ".repeat(4096))));
  }

  /** Every trigger in turn, and each trigger on its own, repeated. */
  public static List<Shape> triggersRepeated() {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(
        new Shape(
            "every trigger, cyclically", n -> fill(n, i -> TRIGGERS.get(i % TRIGGERS.size()))));
    for (String t : TRIGGERS) {
      shapes.add(new Shape("repeated: " + printable(t), n -> fill(n, i -> t)));
    }
    return shapes;
  }

  /** Long tokens, combining marks (spread and in one run), capitalised chains, numbering. */
  public static List<Shape> tokensMarksAndChains() {
    String longToken = "Kamerstukken".repeat(500) + " ";
    return List.of(
        new Shape("one long token", n -> "A".repeat(n)),
        new Shape("long tokens", n -> fill(n, i -> longToken)),
        new Shape("combining marks", n -> fill(n, i -> "e\u0301\u0308")),
        // one base letter and every mark after it: a regex word boundary looks back over all of
        // them
        new Shape(
            "one run of combining marks",
            n -> fill(n, i -> i == 0 ? "Vragen van het lid Jansen e" : "\u0301".repeat(4096))),
        // PDF damage: diacritics beside their letters, apostrophes and quotes that look alike,
        // a run of nothing but marks, doubled labels and months glued to years
        new Shape("spacing diacritics", n -> fill(n, i -> "Ko¨hnen zo´n ´plan´ C¸elik ")),
        new Shape(
            "one run of spacing diacritics",
            n -> fill(n, i -> i == 0 ? "Vragen van het lid Ko" : "¨´".repeat(2048))),
        new Shape(
            "doubled labels and glued months",
            n -> fill(n, i -> "(ontvangen (ontvangen 3 maart2023) Vraag Vraag ")),
        new Shape(
            "capitalised chains",
            n -> fill(n, i -> i % 40 == 39 ? ". " : "Van Der Berg De Vries Jansen ")),
        new Shape("digits and dots", n -> fill(n, i -> (i % 97) + ". ")));
  }

  /**
   * A real answer repeated; a real answer with every space of its header (the first {@value #HEAD}
   * characters) a run of whitespace, all runs together as long as the size; and plain sentences
   * naming abbreviations the gazetteer knows, written in brackets once at the end (every hit once
   * searched the whole text for the bracketed form).
   */
  public static List<Shape> realText(String realText) {
    String sentence = "de AFM meldt dat het onderzoek naar de markt nog loopt. ";
    String tail = " de AFM (AFM) en NVWA (NVWA)";
    String head = realText.substring(0, Math.min(realText.length(), HEAD));
    int spaces = (int) head.chars().filter(c -> c == ' ').count();
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Shape("a real answer, repeated", n -> fill(n, i -> realText)));
    for (String ws : new String[] {" ", "\n"}) {
      // runs inside a header, the whole size spread over its spaces: the header patterns must stay
      // linear while they fail to recognise it (a pattern that runs only once a header is
      // recognised is not reached here; "header before its subject" covers that)
      shapes.add(
          new Shape(
              "a real answer, every space of its header a run of " + printable(ws),
              n -> {
                String run = ws.repeat(Math.max(1, n / Math.max(1, spaces)));
                return fill(
                    n,
                    i ->
                        i == 0
                            ? head.replace(" ", run) + realText.substring(head.length())
                            : realText);
              }));
    }
    shapes.addAll(
        List.of(
            new Shape(
                "known abbreviations, bracketed at the end",
                n ->
                    (fill(Math.max(0, n - tail.length()), i -> sentence) + tail).substring(0, n))));
    return List.copyOf(shapes);
  }

  /** {@code start}, then {@code ws} to {@code chars} characters. */
  static String run(String start, String ws, int chars) {
    return fill(chars, i -> i == 0 ? start : ws.repeat(4096));
  }

  /** Pieces {@code 0, 1, 2, …} appended until {@code chars} characters, the last one cut. */
  static String fill(int chars, IntFunction<String> piece) {
    StringBuilder b = new StringBuilder(chars + 8192);
    for (int i = 0; b.length() < chars; i++) {
      b.append(piece.apply(i));
    }
    b.setLength(chars);
    return b.toString();
  }

  /** Whitespace and other invisible characters as {@code \\uXXXX}, for names in reports. */
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
