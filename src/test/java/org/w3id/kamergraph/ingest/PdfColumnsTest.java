package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kamergraph.fixtures.GoldPdfs;

/**
 * Reading order of PDFs in two columns, on the gold PDFs (rendered from their layout sources by
 * {@link GoldPdfs}): flowing columns read left column first, questions and answers in rows read row
 * by row, a row cut by the page end read question before answer; and a page in one column read
 * exactly as PDFBox sorts it.
 */
class PdfColumnsTest {
  private static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  private static final Pattern LABEL =
      Pattern.compile("(?m)^(?:Vraag|Antwoord) \\d+(?: en \\d+)?$");

  private static String read(Path pdf) throws IOException {
    return new PdfReader().read(pdf, Files.readAllBytes(pdf)).text();
  }

  private static String read(byte[] pdf) {
    // a PDF rendered in memory; the name only appears in errors
    return new PdfReader().read(Path.of("test.pdf"), pdf).text();
  }

  /** The text as PDFBox sorts it by position, with the reader's separators. */
  private static String sortedByPosition(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("\n");
      return stripper.getText(doc);
    }
  }

  /** The question and answer labels standing on lines of their own, in text order. */
  private static List<String> labels(String text) {
    Matcher m = LABEL.matcher(text);
    return m.results().map(r -> r.group()).toList();
  }

  /** The labels Vraag N, Antwoord N of the rows {@code from} to {@code to}, in pairs. */
  private static List<String> pairs(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      out.add("Vraag " + n);
      out.add("Antwoord " + n);
    }
    return out;
  }

  /**
   * The labels of questions 1 to {@code last} in pairs, but for {@code grouped} and the question
   * after it, which share one answer: Vraag g, Vraag g+1, Antwoord g en g+1.
   */
  private static List<String> labelsWithGroupedAnswer(int grouped, int last) {
    List<String> out = pairs(1, grouped - 1);
    out.addAll(
        List.of(
            "Vraag " + grouped,
            "Vraag " + (grouped + 1),
            "Antwoord " + grouped + " en " + (grouped + 1)));
    out.addAll(pairs(grouped + 2, last));
    return out;
  }

  private static void assertInOrder(String text, String... pieces) {
    int at = -1;
    for (String piece : pieces) {
      int next = text.indexOf(piece, at + 1);
      assertThat(next).as("'%s' after position %d in:%n%s", piece, at, text).isGreaterThan(at);
      at = next;
    }
  }

  /**
   * A gold PDF read in two columns: the labels it must give in order, and stretches of text each of
   * which must follow the one before.
   */
  record Reading(String name, String pdf, List<String> labels, List<List<String>> inOrder) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Reading> readings() {
    return List.of(
        new Reading(
            "flowing columns: a sentence goes on at the top of the right column, footnotes follow",
            "synthetic4/ah-tk-20172018-1490.pdf",
            labelsWithGroupedAnswer(4, 7),
            List.of(
                List.of(
                    "De omgevingsdienst heeft",
                    "Chemours in november 2017 een last onder\n",
                    "dwangsom opgelegd"),
                List.of(
                    "Leefomgeving, die in\nmei verschijnt.",
                    "1 Algemeen Dagblad",
                    "ah-tk-20172018-1490 ISSN"))),
        new Reading(
            "flowing columns on two pages: a label at the foot of the left column, its text right",
            "pdfcases/ah-tk-20182019-2211.pdf",
            labelsWithGroupedAnswer(3, 11),
            List.of(List.of("Vraag 5\nWelke rol spelen de lerarenopleidingen"))),
        new Reading(
            "rows: each question, then its answer; a row cut by the page end, question first",
            "synthetic4/ah-tk-20142015-2331.pdf",
            pairs(1, 6),
            List.of(
                List.of("Vraag 1\nKent u het bericht", "Antwoord 1\nJa.\nVraag 2\nHoeveel"),
                List.of(
                    "Vraag 6\n",
                    "ah-tk-20142015-2331 ISSN",
                    "Bent u bereid het Meerjarenprogramma",
                    "te betrekken?\nAntwoord 6\nJa. De NCG stelt"))),
        new Reading(
            "rows: the tail of an answer from the previous page before the next row",
            "pdfcases/ah-tk-20152016-1187.pdf",
            pairs(1, 6),
            List.of(
                List.of(
                    "Deltafonds (Kamerstuk 34 300 J, nr. 4) en naar de",
                    "Aanhangsel van de Handelingen, nr. 1187, blad 2\nvoortgangsrapportage over"
                        + " het HWBP",
                    "698, nr. 21).\nVraag 6"))));
  }

  @ParameterizedTest
  @MethodSource("readings")
  void pagesInTwoColumnsAreReadInTheirOrder(Reading reading) throws IOException {
    String text = read(BASE.resolve("src/test/resources").resolve(reading.pdf()));
    assertThat(labels(text)).containsExactlyElementsOf(reading.labels());
    for (List<String> pieces : reading.inOrder()) {
      assertInOrder(text, pieces.toArray(String[]::new));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"synthetic4/ah-tk-20222023-2044.pdf", "pdfcases/ah-tk-20202021-2718.pdf"})
  void aPageInOneColumnIsReadExactlyAsPdfBoxSortsIt(String name) throws IOException {
    byte[] pdf = Files.readAllBytes(BASE.resolve("src/test/resources").resolve(name));
    assertThat(read(pdf)).isEqualTo(sortedByPosition(pdf));
  }

  @Test
  void aTableOfShortCellsSideBySideIsReadAsPdfBoxSortsIt() throws IOException {
    StringBuilder layout = new StringBuilder("@layout sidebyside\n@head\nTabel\n");
    for (int year = 2015; year <= 2024; year++) {
      layout
          .append("@row\n@left\n")
          .append(year)
          .append("\n@right\n")
          .append(year * 3 % 997)
          .append('\n');
    }
    byte[] pdf = GoldPdfs.renderLayout(layout.toString());
    String text = read(pdf);
    assertThat(text).isEqualTo(sortedByPosition(pdf)).contains("2015 63\n");
  }

  /** Numbers of the tokens {@code prefix}N in text order, each as often as it stands. */
  private static List<Integer> numbers(String text, String prefix) {
    return Pattern.compile("\\b" + prefix + "(\\d+)\\b")
        .matcher(text)
        .results()
        .map(r -> Integer.parseInt(r.group(1)))
        .toList();
  }

  /** A layout source of {@code kind} with a footer and a heading across the page. */
  private static StringBuilder layout(String kind) {
    return new StringBuilder("@layout ")
        .append(kind)
        .append("\n@footer voet {page}\n@head\n")
        .append("Een kop over de volle breedte van de pagina, langer dan een kolom breed is.\n");
  }

  @RepeatedTest(30)
  void flowingColumnsOfAnyLengthAreReadInTheirOrder(RepetitionInfo info) throws IOException {
    Random random = new Random(info.getCurrentRepetition());
    StringBuilder layout = layout("columns").append("@body\n");
    int sentences = 60 + random.nextInt(200);
    for (int i = 1; i <= sentences; i++) {
      layout.append("Dit is zin z").append(i).append(" van de lopende tekst");
      layout.append(" met wat meer woorden".repeat(random.nextInt(4))).append(". ");
      if (random.nextInt(5) == 0) {
        layout.append("\n\n");
      }
    }
    String text = read(GoldPdfs.renderLayout(layout.toString()));
    List<Integer> order = numbers(text, "z");
    assertThat(order).hasSize(sentences);
    for (int i = 0; i < order.size(); i++) {
      assertThat(order.get(i)).as("sentence %d of%n%s", i + 1, text).isEqualTo(i + 1);
    }
  }

  @RepeatedTest(30)
  void rowsOfAnyLengthKeepEachQuestionBeforeItsAnswer(RepetitionInfo info) throws IOException {
    Random random = new Random(100 + info.getCurrentRepetition());
    StringBuilder layout = layout("sidebyside");
    int rows = 4 + random.nextInt(10);
    for (int n = 1; n <= rows; n++) {
      layout.append("@row\n@left\n*Vraag ").append(n).append("\n\n");
      layout.append(
          ("Een zin van vraag v" + n + " met enkele woorden. ").repeat(1 + random.nextInt(8)));
      layout.append("\n@right\n*Antwoord ").append(n).append("\n\n");
      layout.append(
          ("Een zin van antwoord a" + n + " met iets meer woorden erin. ")
              .repeat(1 + random.nextInt(14)));
      layout.append('\n');
    }
    String text = read(GoldPdfs.renderLayout(layout.toString()));
    // first mentions alternate: v1 a1 v2 a2 …, whatever the page breaks cut
    Matcher m = Pattern.compile("\\b([va])(\\d+)\\b").matcher(text);
    List<String> first = new ArrayList<>();
    while (m.find()) {
      if (!first.contains(m.group())) {
        first.add(m.group());
      }
    }
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= rows; n++) {
      expected.add("v" + n);
      expected.add("a" + n);
    }
    assertThat(first).as(text).containsExactlyElementsOf(expected);
    assertThat(text.lines())
        .as("no line holds a question and an answer")
        .noneMatch(l -> l.matches(".*\\bv\\d+\\b.*") && l.matches(".*\\ba\\d+\\b.*"));
  }
}
