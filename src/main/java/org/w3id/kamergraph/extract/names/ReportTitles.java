package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.ExtractionContext;

/**
 * The titles of reports a document gives after a report word ({@code report-words}): quoted in any
 * of the usual marks ({@code het rapport «Opgave AI. De nieuwe systeemtechnologie»}, {@code
 * onderzoek genaamd “Recruiter of computer?”}, Markdown's {@code *…*}) or unquoted in sentence case
 * after a determiner ({@code het advies Grenzen aan de jeugdzorg; naar een houdbaar stelsel van de
 * …}), bounded by {@link TitleRules}. Found once per document; the head-noun rules leave names
 * inside a title to it. Immutable.
 */
final class ReportTitles {
  /** A quoted title is at most this long. */
  private static final int MAX_QUOTED = 200;

  /**
   * A title at {@code [begin, end)}; a {@code quoted} one was marked as a title by the document, an
   * unquoted one by the words around it.
   */
  record Found(int begin, int end, boolean quoted, boolean subtitled) {}

  private record Key(ReportTitles titles) {}

  /**
   * Any text in the quotation marks titles are set in (not {@code '} or {@code "}, which also mark
   * words used in a sense), bounded like the titles after a report word.
   */
  private static final Pattern ANY_QUOTED =
      Pattern.compile(
          "«([^«»]{3,"
              + MAX_QUOTED
              + "})»|“([^“”]{3,"
              + MAX_QUOTED
              + "})”|‘([^‘’\\n]{3,"
              + MAX_QUOTED
              + "})’");

  private final TitleRules rules;
  private final Pattern quoted;

  ReportTitles(TitleRules rules) {
    this.rules = rules;
    this.quoted = quotedPattern(rules);
  }

  /**
   * After a report word (or its plural) and an optional short bridge ({@code getiteld}, {@code met
   * de titel}, {@code van de WRR}), a title in quotation marks, bounded in length so the pattern
   * cannot run away on unclosed quotes.
   */
  private static Pattern quotedPattern(TitleRules rules) {
    String bridge =
        "(?:(?:getiteld|genaamd|met de titel|met als titel|(?:van|door) (?:de|het) [\\p{L}\\-]{1,40})[:,]?\\s{1,3})?";
    String n = "{3," + MAX_QUOTED + "}";
    return Pattern.compile(
        "(?<![\\p{L}])(?:"
            + rules.reportWordPattern()
            + ")(?:en)?\\s{1,3}"
            + bridge
            + "(?:«([^«»]"
            + n
            + ")»|“([^“”]"
            + n
            + ")”|‘([^‘’]"
            + n
            + ")’|'([^'\\n]"
            + n
            + ")'|\"([^\"\\n]"
            + n
            + ")\"|\\*([^*\\n]"
            + n
            + ")\\*)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The titles of the document, in text order, once per document. */
  List<Found> of(ExtractionContext context) {
    return context.memo().get(new Key(this), () -> find(context.text(), NameTokens.of(context)));
  }

  /** Whether a title of the document overlaps {@code [begin, end)}. */
  boolean overlaps(ExtractionContext context, int begin, int end) {
    for (Found f : of(context)) {
      if (f.begin() < end && f.end() > begin) {
        return true;
      }
    }
    return false;
  }

  /**
   * The titles of the document that name a report: quoted ones, and unquoted ones that do not open
   * with a name the gazetteer knows ({@code known}, as {@link MentionReporter#known} gives it):
   * {@code het advies Raad van State} names the council.
   */
  List<Found> reported(ExtractionContext context, boolean[] known) {
    List<Found> out = new ArrayList<>();
    for (Found f : of(context)) {
      if (f.quoted() || f.subtitled() || !known[f.begin()]) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The titles in {@code text}. An unquoted title may run over line breaks in PDF text too: the PDF
   * reader puts columns in reading order ({@code ingest.ColumnReadingOrder}), and a title that had
   * to end on its line lost its subtitle wherever a page column wrapped it (on the six PDFs of the
   * gold sets: reports recall 0.71 instead of 0.43 in pdfcases, no wrong title).
   */
  List<Found> find(String text, NameTokens t) {
    List<Found> out = new ArrayList<>();
    Matcher m = quoted.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          int b = m.start(g);
          int e = m.end(g);
          while (e > b && ".,;: ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
          }
          int c = text.codePointAt(b);
          if (Character.isUpperCase(c) || Character.isDigit(c)) {
            out.add(new Found(b, e, true, false));
          }
        }
      }
    }
    Matcher q = ANY_QUOTED.matcher(text);
    while (q.find()) {
      int g = q.group(1) != null ? 1 : q.group(2) != null ? 2 : 3;
      int b = q.start(g);
      int e = q.end(g);
      while (e > b && ".,;: ".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      if (selfNamed(text.substring(b, e)) && !afterNewsWord(text, q.start()) && !startsIn(out, b)) {
        out.add(new Found(b, e, true, false));
      }
    }
    for (int r = 1; r + 1 < t.size(); r++) {
      if (unquotedFollows(t, r)) {
        boolean opens = TitleRules.opensSentence(t, r - 1);
        rules
            .at(t, r + 1, opens)
            .ifPresent(
                title ->
                    out.add(
                        new Found(
                            t.get(title.first()).begin(),
                            t.get(title.last()).end(),
                            false,
                            title.subtitle())));
      }
    }
    out.sort(Comparator.comparingInt(Found::begin));
    return List.copyOf(out);
  }

  /**
   * Whether a quoted text names a report by itself: at least two words, capitalised, and opening
   * with a report word ({@code «Monitor acute zorg 2022»}) or ending in one ({@code «Needs
   * Assessment Mission Report»}).
   */
  private boolean selfNamed(String quoted) {
    String[] words = quoted.strip().split("\\s+");
    if (words.length < 2 || words.length > TitleRules.MAX_WORDS || words[0].isEmpty()) {
      return false;
    }
    int c = words[0].codePointAt(0);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    String last = words[words.length - 1];
    return rules.reportWord(words[0])
        || (last.chars().allMatch(Character::isLetter) && rules.reportWord(last));
  }

  /** Whether the word before the quotation mark at {@code open} is a news word. */
  private boolean afterNewsWord(String text, int open) {
    int e = open;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e && rules.newsWord(text.substring(b, e));
  }

  /** Whether {@code at} lies inside one of {@code found}. */
  private static boolean startsIn(List<Found> found, int at) {
    for (Found f : found) {
      if (f.begin() <= at && at < f.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code r} is a lower-case report word after a determiner or in a publisher's
   * compound, with only spacing before the next word ({@code het rapport X}, {@code WRR-rapport
   * X}).
   */
  private boolean unquotedFollows(NameTokens t, int r) {
    String word = t.get(r).text();
    String last = word.substring(word.lastIndexOf('-') + 1);
    // a publisher's compound ("WRR-rapport") determines the report as an article does
    boolean determined =
        word.indexOf('-') > 0 || (rules.determiner(t.get(r - 1).text()) && t.joined(r - 1));
    return !last.isEmpty()
        && Character.isLowerCase(last.charAt(0))
        && rules.reportWord(word)
        && determined
        && t.joined(r);
  }
}
