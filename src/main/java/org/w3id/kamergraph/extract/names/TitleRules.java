package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.kamergraph.reference.WordLists;

/**
 * Where a title in sentence case ends when nothing quotes it: {@code het rapport Droogte in het
 * oosten: lessen uit de zomer van 2022 van Deltares?} names the report {@code Droogte in het
 * oosten: lessen uit de zomer van 2022}. Dutch titles capitalise their first word only, so the
 * capitals cannot bound them; the clause around them does. A title runs over words separated by
 * spacing (one line break at most), one {@code :} or {@code ;} before a subtitle and a dash between
 * numbers ({@code 2008–2011}), and ends before
 *
 * <ul>
 *   <li>other punctuation ({@code , . ? ! ( « "}) or a number glued to a word (a footnote marker);
 *   <li>a word of {@code title-end-words} (the clause's verb, conjunction or pronoun);
 *   <li>a word of {@code title-author-words} followed, after an article, by a capitalised word or a
 *       date ({@code van de Gezondheidsraad}, {@code van 3 mei});
 *   <li>{@code en} or {@code of} with an article: a second thing, not part of the first.
 * </ul>
 *
 * <p>A title that opens its sentence ({@code Het rapport X …}, {@code Uit het advies X …}) is
 * followed by the sentence's verb; one that runs to the sentence's end has swallowed the verb (or
 * the verb is not listed), so it is no title. A title needs two words and at most {@value
 * #MAX_WORDS}. The words are data ({@code kamergraph/words/}); immutable.
 */
final class TitleRules {
  static final int MAX_WORDS = 28;
  private static final Set<String> ARTICLES = Set.of("de", "het", "een", "'t", "the");

  /**
   * A past participle ({@code gestart}, {@code gepubliceerd}, {@code verlengd}, {@code ontwikkeld},
   * of a separable verb {@code opengesteld}), not a noun in -heid ({@code gelegenheid}).
   */
  private static final java.util.regex.Pattern PARTICIPLE =
      java.util.regex.Pattern.compile(
          "((aan|af|bij|door|in|mee|na|om|op|open|over|terug|toe|uit|vast|voor|weg)?ge|ver|ont)"
              + "\\p{Ll}{3,}(?<!hei)[dt]");

  /** Capitals with a footnote number glued to them ({@code AI16}). */
  private static final java.util.regex.Pattern FOOTNOTED =
      java.util.regex.Pattern.compile("\\p{Lu}{2,}\\d{1,3}");

  private static final Set<String> ARTICLE_CAPITALS = Set.of("De", "Het", "Een", "The");

  /** How a title ended. */
  enum End {
    /** At a word of {@code title-end-words}. */
    WORD,
    /** At the title's author or date. */
    AUTHOR,
    /** At {@code en}/{@code of} with an article. */
    LIST,
    /** At punctuation inside a sentence. */
    PUNCTUATION,
    /** At the end of a sentence or of the text. */
    SENTENCE
  }

  /**
   * An unquoted title.
   *
   * @param first its first token
   * @param last its last token
   * @param end how it ended
   * @param subtitle whether it has a subtitle after {@code :} or {@code ;}
   */
  record Title(int first, int last, End end, boolean subtitle) {}

  private final Set<String> reportWords;
  private final Set<String> determiners;
  private final Set<String> authorWords;
  private final Set<String> endWords;
  private final Set<String> months;
  private final Set<String> toTheKamer;
  private final Set<String> newsWords;

  TitleRules(
      Set<String> reportWords,
      Set<String> determiners,
      Set<String> authorWords,
      Set<String> endWords,
      Set<String> months,
      Set<String> toTheKamer,
      Set<String> newsWords) {
    this.reportWords = Set.copyOf(reportWords);
    this.determiners = Set.copyOf(determiners);
    this.authorWords = Set.copyOf(authorWords);
    this.endWords = Set.copyOf(endWords);
    this.months = Set.copyOf(months);
    this.toTheKamer = Set.copyOf(toTheKamer);
    this.newsWords = Set.copyOf(newsWords);
  }

  /** The rules of the shipped word lists. */
  static TitleRules load() {
    return new TitleRules(
        WordLists.set("report-words"),
        WordLists.set("title-determiners"),
        WordLists.set("title-author-words"),
        WordLists.set("title-end-words"),
        WordLists.set("months"),
        WordLists.set("title-addressee-prepositions"),
        WordLists.set("news-words"));
  }

  /**
   * The report words as alternatives of a regular expression, longest first (so {@code eindrapport}
   * is not read as {@code rapport} after letters).
   */
  String reportWordPattern() {
    List<String> words = new ArrayList<>(reportWords);
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(out.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(w));
    }
    return out.toString();
  }

  /**
   * Whether {@code word} is a report word, its plural in -en, or a compound ending in one after a
   * hyphen ({@code WRR-rapport}, {@code RIVM-briefrapport}).
   */
  boolean reportWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int dash = w.lastIndexOf('-');
    if (dash >= 0) {
      w = w.substring(dash + 1);
    }
    return reportWords.contains(w) || (w.endsWith("en") && reportWords.contains(cut(w, 2)));
  }

  /**
   * Whether {@code word} names a news item, a quotation or a term ({@code news-words}, or its
   * plural in -en or -s): a quoted text after it is no report's title.
   */
  boolean newsWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return newsWords.contains(w)
        || (w.endsWith("en") && newsWords.contains(cut(w, 2)))
        || (w.endsWith("s") && newsWords.contains(cut(w, 1)));
  }

  /** Whether {@code word} is a past participle: the verb that a clause ends in. */
  static boolean participle(String word) {
    return PARTICIPLE.matcher(word).matches();
  }

  /** Whether {@code word} ends a title in sentence case when it follows one. */
  boolean endWord(String word) {
    return endWords.contains(word);
  }

  /** Whether {@code word} may stand before a report word whose title follows unquoted. */
  boolean determiner(String word) {
    return determiners.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the phrase whose first token is {@code d} opens its sentence, alone or after one
   * capitalised word ({@code Uit het rapport …}): then the sentence's verb follows what the phrase
   * names.
   */
  static boolean opensSentence(NameTokens t, int d) {
    return t.sentenceInitial(d)
        || (d > 0 && t.sentenceInitial(d - 1) && t.get(d - 1).capitalised() && t.joined(d - 1));
  }

  /**
   * The unquoted title whose first token is {@code first}, if one opens there; {@code opens} tells
   * whether the phrase naming it opens its sentence.
   */
  Optional<Title> at(NameTokens t, int first, boolean opens) {
    if (first >= t.size()
        || !startsTitle(t.get(first).text())
        || FOOTNOTED.matcher(t.get(first).text()).matches()) {
      return Optional.empty();
    }
    // "Monitor Transitie Jeugd over het vierde kwartaal": a title in title case ends with its
    // capitals (or goes on after a colon)
    boolean titleCase =
        first + 1 < t.size()
            && !t.gap(first).isEmpty()
            && t.gap(first).isBlank()
            && t.nameWord(first + 1);
    int k = first;
    boolean subtitle = false;
    End end = null;
    while (end == null) {
      if (k + 1 >= t.size()) {
        end = End.SENTENCE;
      } else if (k - first >= MAX_WORDS) {
        return Optional.empty();
      } else {
        end = between(t, k, subtitle, titleCase && !subtitle);
        if (end == null) {
          subtitle |= !t.gap(k).isBlank();
          k++;
        }
      }
    }
    // "… heeft het programma X gestart.", "Wordt de Regeling X verlengd?": a statement or question
    // that ends in a participle ends in its verb
    String after = t.gap(k).strip();
    if (end == End.SENTENCE && k > first && (after.startsWith(".") || after.startsWith("?"))) {
      if (participle(t.get(k).text())) {
        k--;
      }
    }
    // a title cut before its last word ("Aardbevingsrisico's in") is not known
    if (k == first
        || (opens && end == End.SENTENCE)
        || NameTokens.CONNECTORS.contains(t.get(k).text())) {
      return Optional.empty();
    }
    return Optional.of(new Title(first, k, end, subtitle));
  }

  /**
   * Why the title ends between tokens {@code k} and {@code k + 1}, or null when it goes on (over
   * spacing, a dash between numbers, or the first {@code :} or {@code ;}).
   */
  private End between(NameTokens t, int k, boolean subtitle, boolean titleCase) {
    String gap = t.gap(k);
    String mark = gap.strip();
    if (gap.isEmpty() && !t.get(k).text().equals("&") && !t.get(k + 1).text().equals("&")) {
      return End.PUNCTUATION;
    }
    if (newlines(gap) > 1) {
      return End.SENTENCE;
    }
    if (!subtitle && (mark.equals(":") || mark.equals(";"))) {
      return null;
    }
    if (!mark.isEmpty() && !(isDash(mark) && numbers(t, k))) {
      return ".?!".indexOf(mark.charAt(0)) >= 0 ? End.SENTENCE : End.PUNCTUATION;
    }
    return next(t, k + 1, titleCase);
  }

  /** Why the title ends before token {@code n}, or null when {@code n} continues it. */
  private End next(NameTokens t, int n, boolean titleCase) {
    String word = t.get(n).text();
    if (endWords.contains(word) && !infinitiveBeforeAuthor(t, n)) {
      return End.WORD;
    }
    // a capitalised frame word ("Ik", "Wat") opens the next sentence of a text broken into lines;
    // a number glued to capitals ("AI16") is a footnote marker
    if (NameTokens.NOT_NAME_WORDS.contains(word) || FOOTNOTED.matcher(word).matches()) {
      return End.SENTENCE;
    }
    if (authorWords.contains(word) && authored(t, n)) {
      return End.AUTHOR;
    }
    if (sentToTheKamer(t, n)) {
      return End.WORD;
    }
    if ((word.equals("en") || word.equals("of"))
        && n + 1 < t.size()
        && ARTICLES.contains(t.get(n + 1).text())) {
      return End.LIST;
    }
    boolean joins = NameTokens.CONNECTORS.contains(word) && n + 1 < t.size() && t.nameWord(n + 1);
    if (titleCase && !t.nameWord(n) && !t.get(n).numeric() && !joins) {
      return End.WORD;
    }
    return null;
  }

  /**
   * Whether token {@code n}, {@code te}, opens an infinitive that the title's author follows:
   * {@code Een wereld te winnen van de Adviesraad …}, {@code Kiezen om te blijven van de SER}.
   * Elsewhere {@code te} ends a title ({@code om het rapport X te betrekken bij …}).
   */
  private boolean infinitiveBeforeAuthor(NameTokens t, int n) {
    return t.get(n).text().equals("te")
        && n + 2 < t.size()
        && t.joined(n)
        && t.joined(n + 1)
        && Character.isLowerCase(t.get(n + 1).text().codePointAt(0))
        && authorWords.contains(t.get(n + 2).text())
        && authored(t, n + 2);
  }

  /** Whether token {@code n} opens "met de Kamer", "aan uw Kamer": where a report is sent. */
  private boolean sentToTheKamer(NameTokens t, int n) {
    return toTheKamer.contains(t.get(n).text())
        && n + 2 < t.size()
        && (t.get(n + 1).text().equals("de") || t.get(n + 1).text().equals("uw"))
        && t.get(n + 2).text().equals("Kamer");
  }

  /** Whether author word {@code n} is followed (after an article) by a name or a date. */
  private boolean authored(NameTokens t, int n) {
    int k = n + 1;
    if (k < t.size() && t.joined(n) && ARTICLES.contains(t.get(k).text())) {
      k++;
    }
    if (k >= t.size() || !t.joined(k - 1)) {
      return false;
    }
    NameTokens.Token w = t.get(k);
    if (w.numeric()) {
      return k + 1 < t.size() && months.contains(t.get(k + 1).text().toLowerCase(Locale.ROOT));
    }
    return w.capitalised();
  }

  private static boolean startsTitle(String word) {
    return Character.isUpperCase(word.codePointAt(0))
        && (!NameTokens.NOT_NAME_WORDS.contains(word) || ARTICLE_CAPITALS.contains(word));
  }

  private static boolean numbers(NameTokens t, int k) {
    return t.get(k).numeric() && t.get(k + 1).numeric();
  }

  private static boolean isDash(String mark) {
    return mark.equals("-") || mark.equals("–") || mark.equals("—");
  }

  private static int newlines(String gap) {
    return (int) gap.chars().filter(c -> c == '\n').count();
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }
}
