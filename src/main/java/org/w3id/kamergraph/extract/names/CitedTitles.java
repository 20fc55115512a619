package org.w3id.kamergraph.extract.names;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.layout.Note;
import org.w3id.kamergraph.layout.Region;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.reference.DataFiles;

/**
 * Reports the publications a footnote cites by the title of their web page, as a browser copies it
 * with a link, or as a bibliographic entry. A footnote is read whole, in one of these forms, and
 * names at most one report:
 *
 * <ul>
 *   <li>{@code Title | Rapport | Rijksoverheid.nl}: the site gives the page's kind after the title,
 *       and that kind is a report word ({@code report-words}; {@code Kamerstuk}, {@code
 *       Nieuwsbericht} or {@code Onderwerp} name no report);
 *   <li>{@code Title | Publisher (domain)} and {@code Title - Publisher (domain)}: the publisher is
 *       one of the bodies whose pages are publications ({@code report-publishers});
 *   <li>{@code Title, 2023 | Site}: the title opens with a report word and a capitalised word
 *       ({@code Monitor ISDE NWF}), whatever the site;
 *   <li>{@code Organisation (2021), Title (domain), p. 12.}: the author is an organisation the
 *       gazetteer knows, by the whole of its name (a person as author names a book or article).
 * </ul>
 *
 * <p>A title is cut before an edition year ({@code , 2023}) and, in a bibliographic entry, before
 * the domain, page numbers and place of publication; an entry that ends none of these ways nor with
 * a full stop may go on on the next line, and is left alone unless that line opens with the domain
 * or the pages. A title that opens with a name the gazetteer knows is that name ({@code Strategie
 * Digitale Economie | Rapport | …} is the programme), and a note in which the report-word rules
 * found a title already is theirs. Immutable.
 */
final class CitedTitles implements Extractor {
  /** A title is at most this long; a longer stretch is prose, not a copied page title. */
  private static final int MAX_TITLE = 200;

  /** A domain in brackets at the end of a publisher or title: {@code (pbl.nl)}. */
  private static final Pattern DOMAIN =
      Pattern.compile("\\s*\\((?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+\\)\\s*\\.?$");

  /** A site named by its domain: {@code CPB.nl}. */
  private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\.(?:nl|eu|org|com|int)$");

  /** An edition year after the title: {@code Monitor ISDE NWF, 2023}. */
  private static final Pattern EDITION = Pattern.compile(",\\s*(?:19|20)\\d\\d$");

  /** A bibliographic entry: author, year in brackets, title. */
  private static final Pattern ENTRY =
      Pattern.compile("^([^()|\\n]{2,80}?)\\s\\((?:19|20)\\d\\d\\)[,.:]?\\s+");

  /** Where a bibliographic entry's title ends: its domain, pages, a web address. */
  private static final Pattern ENTRY_END =
      Pattern.compile("\\s\\(|,\\s*(?:p|pp|blz)\\.|\\s(?:https?://|www\\.)");

  /**
   * The next line closes an entry whose line ended in its title: it opens with the domain or the
   * pages ({@code …can lead on AI in Europe⏎(mckinsey.com), p. 31-35.}).
   */
  private static final Pattern NEXT_LINE_CLOSES =
      Pattern.compile(
          "[ \\t]*\\n[ \\t]*(?:\\((?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+\\)|,\\s*(?:p|pp|blz)\\.)");

  /** A place of publication closing an entry: {@code , Paris.} or {@code , Den Haag}. */
  private static final Pattern PLACE =
      Pattern.compile(",\\s*\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?$");

  private final TitleRules rules;
  private final ReportTitles titles;
  private final MentionReporter reporter;
  private final Set<String> publishers;

  CitedTitles(TitleRules rules, ReportTitles titles, MentionReporter reporter) {
    this(rules, titles, reporter, publishers());
  }

  CitedTitles(
      TitleRules rules, ReportTitles titles, MentionReporter reporter, Set<String> publishers) {
    this.rules = rules;
    this.titles = titles;
    this.reporter = reporter;
    this.publishers =
        publishers.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** The shipped list of report publishers ({@code gazetteer/report-publishers.txt}). */
  private static Set<String> publishers() {
    Set<String> names = new java.util.HashSet<>();
    DataFiles.load("report-publishers.txt", DataFiles::rows)
        .forEach(row -> names.add(row[0].strip()));
    return names;
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    List<Note> notes = context.layout().footnotes();
    if (notes.isEmpty()) {
      return;
    }
    String text = context.text();
    boolean[] known = null;
    for (Note note : notes) {
      Region r = note.text().trimmed(text);
      Optional<Region> title = title(text, r.begin(), r.end());
      if (title.isEmpty() || titles.overlaps(context, r.begin(), r.end())) {
        continue;
      }
      known = known == null ? reporter.known(context) : known;
      if (!known[title.get().begin()]) {
        reporter.report(context, sink, EntityKind.REPORT, title.get().begin(), title.get().end());
      }
    }
  }

  /** The title a note at {@code [begin, end)} cites, if it has one of the forms above. */
  Optional<Region> title(String text, int begin, int end) {
    String note = text.substring(begin, end);
    int pipe = note.indexOf('|');
    if (pipe >= 0) {
      int second = note.indexOf('|', pipe + 1);
      String after = note.substring(pipe + 1, second < 0 ? note.length() : second).strip();
      boolean cited =
          second >= 0
              ? oneWord(after) && rules.reportWord(after)
              : publisher(after) || opensWithReportWord(note.substring(0, pipe));
      return cited ? bounded(text, begin, begin + pipe) : Optional.empty();
    }
    int dash = note.lastIndexOf(" - ");
    if (dash > 0 && publisher(note.substring(dash + 3))) {
      return bounded(text, begin, begin + dash);
    }
    Matcher entry = ENTRY.matcher(note);
    if (entry.find() && authoredByOrganisation(entry.group(1).strip())) {
      int from = entry.end();
      Matcher stop = ENTRY_END.matcher(note).region(from, note.length());
      boolean stopped = stop.find();
      String rest = note.substring(from, stopped ? stop.start() : note.length());
      boolean closed = stopped || rest.stripTrailing().endsWith(".");
      rest = rest.replaceFirst("[.\\s]+$", "");
      Matcher place = PLACE.matcher(rest);
      if (place.find()) {
        rest = rest.substring(0, place.start());
        closed = true;
      }
      // an entry that runs on to the next line without closing has its title cut by the line's
      // end ("(2021) Opgave AI. De nieuwe⏎systeemtechnologie, …"): a part of a title is no title
      closed = closed || NEXT_LINE_CLOSES.matcher(text).region(end, text.length()).lookingAt();
      return closed ? bounded(text, begin + from, begin + from + rest.length()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code [begin, end)} as a title: trimmed, cut before an edition year, and plausible. */
  private static Optional<Region> bounded(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && " \t\n.,;:-–".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    Matcher year = EDITION.matcher(text).region(b, e);
    if (year.find()) {
      e = year.start();
    }
    if (e - b < 3 || e - b > MAX_TITLE) {
      return Optional.empty();
    }
    String title = text.substring(b, e);
    int first = title.codePointAt(0);
    boolean opens = Character.isUpperCase(first) || Character.isDigit(first);
    return opens && title.indexOf('\n') < 0 && title.indexOf(' ') > 0
        ? Optional.of(new Region(b, e))
        : Optional.empty();
  }

  /** Whether {@code site} (a page title's last part) names a body whose pages are publications. */
  private boolean publisher(String site) {
    String s = DOMAIN.matcher(site.strip()).replaceFirst("").strip();
    s = s.replaceFirst("\\.$", "");
    s = DOMAIN_SUFFIX.matcher(s).replaceFirst("");
    return publishers.contains(s.toLowerCase(Locale.ROOT));
  }

  /** {@code Monitor ISDE NWF}: a report word, then a capitalised word. */
  private boolean opensWithReportWord(String title) {
    String[] words = title.strip().split("\\s+", 3);
    return words.length >= 2
        && !words[0].isEmpty()
        && Character.isUpperCase(words[0].codePointAt(0))
        && rules.reportWord(words[0])
        && Character.isUpperCase(words[1].codePointAt(0));
  }

  private boolean authoredByOrganisation(String author) {
    return reporter
        .entryAsWritten(author)
        .filter(e -> e.kind() == EntityKind.ORGANISATION)
        .isPresent();
  }

  private static boolean oneWord(String s) {
    return !s.isEmpty() && s.indexOf(' ') < 0;
  }
}
