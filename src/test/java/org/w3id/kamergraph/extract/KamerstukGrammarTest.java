package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.kamergraph.model.KamerstukCitation;
import org.w3id.kamergraph.model.SourceDocument;

/**
 * The notations of Kamerstuk citation, one line each in {@code kamerstuk-citations.tsv} (its header
 * says the format): every positive line must give exactly its Kamerstukken, every negative line
 * none. The lines run through the real ingest normaliser, as a document's text would, and every
 * citation's span must select a piece of the line that names it.
 */
class KamerstukGrammarTest {
  private static final String TABLE = "kamerstuk-citations.tsv";
  private static final Pattern ESCAPE = Pattern.compile("\\\\(n|u[0-9a-fA-F]{4})");
  private static final Pattern RANGE =
      Pattern.compile("\\d+\\s*(?:t/m|tot en met|[-\u2010\u2011\u2013])\\s*\\d+");

  private final KamerstukExtractor extractor = new KamerstukExtractor();

  /** One line of the table: where it is, the text, and the Kamerstukken it cites (gold form). */
  record Line(int number, String text, List<String> expected) {
    @Override
    public String toString() {
      return TABLE + ":" + number + " " + text.replace("\n", "⏎");
    }
  }

  static List<Line> table() throws IOException {
    List<Line> lines = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                KamerstukGrammarTest.class.getResourceAsStream(TABLE), TABLE + " not found");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String row;
      int number = 0;
      while ((row = r.readLine()) != null) {
        number++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] columns = row.split("\t", -1);
        if (columns.length != 2) {
          throw new IllegalStateException(TABLE + ":" + number + ": not two tab-separated columns");
        }
        List<String> expected =
            columns[1].strip().equals("-")
                ? List.of()
                : Arrays.asList(columns[1].strip().split("\\s+"));
        lines.add(new Line(number, unescape(columns[0]), expected));
      }
    }
    return lines;
  }

  static Stream<Arguments> lines() throws IOException {
    return table().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void eachLineCitesExactlyItsKamerstukken(Line line) {
    SourceDocument doc = TestDocuments.normalised("test", line.text());
    List<KamerstukCitation> found = TestDocuments.extract(extractor, doc).citations();
    assertThat(found.stream().map(KamerstukGrammarTest::goldForm).distinct().toList())
        .as(line.toString())
        .containsExactlyInAnyOrderElementsOf(line.expected());
    for (KamerstukCitation c : found) {
      String anchor = line.text().substring(c.span().begin(), c.span().end());
      // a number spanned by a range ("12–15") is not written out; its anchor is the range
      assertThat(anchor.replaceAll("\\s", "").contains(c.nummer()) || RANGE.matcher(anchor).find())
          .as("%s: the anchor «%s» of %s", line, anchor, c.officialId())
          .isTrue();
    }
  }

  @Test
  void theTableHasEnoughLinesOfEachKind() throws IOException {
    List<Line> lines = table();
    assertThat(lines.stream().filter(l -> !l.expected().isEmpty()).count())
        .isGreaterThanOrEqualTo(80);
    assertThat(lines.stream().filter(l -> l.expected().isEmpty()).count())
        .isGreaterThanOrEqualTo(40);
  }

  @Test
  void everyNotationReadsItsOwnExample() {
    for (CitationNotation n : KamerstukNotations.ALL) {
      assertThat(new KamerstukGrammar(List.of(n)).read(n.example()))
          .as("%s: %s", n.name(), n.example())
          .isNotEmpty();
    }
  }

  /** The corpus's way of writing a Kamerstuk: a letter or roman suffix glued to the dossier. */
  static String goldForm(KamerstukCitation c) {
    if (c.sub() == null) {
      return c.dossier() + "-" + c.nummer();
    }
    boolean subNumber = c.sub().chars().allMatch(Character::isDigit);
    return c.dossier() + (subNumber ? "-" : "") + c.sub() + "-" + c.nummer();
  }

  private static String unescape(String text) {
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String replacement =
          e.equals("n") ? "\n" : String.valueOf((char) Integer.parseInt(e.substring(1), 16));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
