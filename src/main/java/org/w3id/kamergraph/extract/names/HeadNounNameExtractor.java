package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.extract.names.HeadRule.Position;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;

/**
 * Finds capitalised names by their head noun ({@code Autoriteit Persoonsgegevens}, {@code Actieplan
 * Groene en Digitale Banen}, {@code Rathenau Instituut}, {@code Warmtefonds}, {@code het programma
 * Doorpakken op Digitalisering}) following {@link HeadRule}s. A name needs at least one capitalised
 * word besides its head, except a compound ({@code Regeerakkoord}) that does not open a sentence.
 * Names known to the gazetteer are reported with its key; names in {@link NotNames} are not
 * reported. Overlapping candidates keep the longest.
 */
public final class HeadNounNameExtractor implements Extractor {
  private static final int MAX_WORDS = 10;

  /** A programme's name in sentence case is short; a longer run is the sentence around it. */
  private static final int MAX_SENTENCE_CASE = 8;

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("de", "het", "een");
  private static final java.util.Set<String> ARTICLE_CAPITALS = java.util.Set.of("De", "Het");
  private final Map<String, List<HeadRule>> byFirstWord = new HashMap<>();

  /** Lower-case words that join the words of a place ({@code Hart voor Brabant}). */
  private static final java.util.Set<String> PLACE_JOINERS =
      org.w3id.kamergraph.reference.WordLists.set("place-joiners");

  private final HeadsByEnding suffixes;
  private final HeadsByEnding lowers;

  /**
   * Compounds of a head that name a kind, not one thing: lower case after {@code de} (de
   * subsidieregeling), or capitalised on their own (a Voortgangsrapportage is any progress report;
   * the Voortgangsrapportage Wind op Zee is one).
   */
  private final java.util.Set<String> genericCompounds =
      org.w3id.kamergraph.reference.WordLists.set("generic-compounds");

  private final List<HeadRule> leads = new ArrayList<>();

  /** The positions in {@link #leads} of the rules with each head word. */
  private final java.util.Map<String, java.util.BitSet> leadsByHead = new java.util.HashMap<>();

  /** The rules in {@link #leads} by how their head ends, to pass over words that end in none. */
  private final HeadsByEnding leadEndings;

  private final TitleRules titleRules;
  private final ReportTitles titles;
  private final MentionReporter reporter;
  private final QualifiedCompounds qualified = QualifiedCompounds.load();

  /** Word endings that only look like a head ({@code Eredivisie}, {@code Compact}). */
  private final java.util.Set<String> falseHeads =
      org.w3id.kamergraph.reference.WordLists.set("false-head-endings");

  /**
   * With {@code titleRules} a name after a lower-case head may be in sentence case; names inside
   * the report {@code titles} are left to those.
   */
  HeadNounNameExtractor(
      List<HeadRule> rules,
      TitleRules titleRules,
      ReportTitles titles,
      MentionReporter reporter,
      UnknownOrganisations unknown) {
    this.titleRules = titleRules;
    this.titles = titles;
    this.unknown = unknown;
    List<HeadRule> suffixRules = new ArrayList<>();
    List<HeadRule> lowerRules = new ArrayList<>();
    for (HeadRule r : rules) {
      if (r.position() == Position.SUFFIX) {
        suffixRules.add(r);
      } else if (r.position() == Position.LOWER) {
        lowerRules.add(r);
      } else if ((r.position() == Position.LEAD || r.position() == Position.LEADS)
          && r.words().size() == 1) {
        leadsByHead
            .computeIfAbsent(r.words().get(0), k -> new java.util.BitSet())
            .set(leads.size());
        leads.add(r);
        byFirstWord.computeIfAbsent(r.words().get(0), k -> new ArrayList<>()).add(r);
      } else {
        byFirstWord.computeIfAbsent(r.words().get(0), k -> new ArrayList<>()).add(r);
      }
    }
    this.leadEndings = new HeadsByEnding(leads);
    this.suffixes = new HeadsByEnding(suffixRules);
    this.lowers = new HeadsByEnding(lowerRules);
    this.reporter = reporter;
  }

  private record Candidate(HeadRule rule, int begin, int end) {}

  private final UnknownOrganisations unknown;

  /** Articles an apposition opens with: {@code Ingrado, de vereniging voor …}. */
  private static final java.util.Set<String> APPOSITION_ARTICLES =
      java.util.Set.of("de", "het", "een");

  private final java.util.Set<String> particles =
      org.w3id.kamergraph.reference.WordLists.set("name-particles");

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    NameTokens t = NameTokens.of(context);
    boolean[] known = reporter.known(context);
    List<Candidate> found = new ArrayList<>();
    appositions(context, t, found); // first: of two candidates for one span, the kind given wins
    for (int i = 0; i < t.size(); i++) {
      for (HeadRule r : byFirstWord.getOrDefault(t.get(i).text(), List.of())) {
        candidate(t, i, r, found, known);
      }
      // "Woningcorporatie De Key heeft …": a sentence opens with the lower-case head, capitalised.
      // Only before a name that opens with an article: a capitalised head may be the name's own
      // first word ("Omroep Brabant", "Ziekenhuis Amstelland"), which a name that opens with "De"
      // or "Het" rules out
      if (t.sentenceInitial(i)
          && t.get(i).capitalised()
          && i + 1 < t.size()
          && t.joined(i)
          && ARTICLE_CAPITALS.contains(t.get(i + 1).text())) {
        String w = t.get(i).text();
        String decapitalised = w.substring(0, 1).toLowerCase(Locale.ROOT) + w.substring(1);
        for (HeadRule r : byFirstWord.getOrDefault(decapitalised, List.of())) {
          if (r.position() == Position.LEAD) {
            candidate(t, i, r, found, known);
          }
        }
      }
      // "het AI-programma ROBUST", "het actieprogramma Tel mee met Taal": a compound leads like
      // its last part
      String word = t.get(i).text();
      java.util.BitSet compounds = leadMatches(word, false);
      for (int k = compounds.nextSetBit(0); k >= 0; k = compounds.nextSetBit(k + 1)) {
        candidate(t, i, leads.get(k), found, known);
      }
      String lower = word.toLowerCase(Locale.ROOT);
      List<HeadRule> lowerHeads = lowers.candidates(lower);
      List<HeadRule> suffixHeads = suffixes.candidates(lower);
      if (lowerHeads.isEmpty() && suffixHeads.isEmpty()) {
        continue; // no head at this word's end (most words)
      }
      // a word with a false head ending has no head at its end
      if (falseHeads.stream().anyMatch(lower::endsWith)) {
        continue;
      }
      for (HeadRule r : lowerHeads) {
        if (lowerCaseName(t, i, r.words().get(0))) {
          found.add(new Candidate(r, t.get(i).begin(), t.get(i).end()));
        }
      }
      for (HeadRule r : suffixHeads) {
        String head = r.words().get(0);
        if (!(lower.endsWith(head) || word.endsWith(head))) {
          continue; // both readings below need the head at the word's end
        }
        if (t.get(i).capitalised()
            && lower.endsWith(head)
            && lower.length() >= head.length() + 3
            && !byFirstWord.containsKey(t.get(i).text())
            && t.get(i).text().indexOf('-') < 0) {
          int begin = backward(t, i);
          int end = forward(t, i + 1, i);
          // "de Defensievisie 2035": a year dates a programme's name (a report's year may be a
          // footnote glued to it, "Energierapport 20112", and is left to the report rules)
          if (end == i && r.kind() == EntityKind.PROGRAMME) {
            end = t.period(i);
          }
          boolean alone = begin == i && end == i;
          if (alone && genericCompounds.contains(lower)) {
            continue; // a kind of report written with a capital, not the name of one
          }
          if (begin < i || end > i || !t.sentenceInitial(i)) {
            found.add(new Candidate(r, t.get(begin).begin(), t.get(end).end()));
          }
        } else if (r.kind() == EntityKind.PROGRAMME) {
          qualified
              .at(t, i, head, known)
              .ifPresent(
                  q ->
                      found.add(new Candidate(r, t.get(q.first()).begin(), t.get(q.last()).end())));
        }
      }
    }
    found.sort(Comparator.comparingInt((Candidate c) -> c.begin - c.end));
    boolean[] taken = new boolean[context.text().length()];
    // a name inside a report's title is part of the title ("Zorgakkoord na twee jaar; een …")
    for (ReportTitles.Found f : titles.reported(context, known)) {
      java.util.Arrays.fill(taken, f.begin(), f.end(), true);
    }
    for (Candidate c : found) {
      if (!taken[c.begin] && !taken[c.end - 1]) {
        java.util.Arrays.fill(taken, c.begin, c.end, true);
        if (ownedWork(c, context)) {
          reporter.report(context, sink, c.rule.kind(), c.begin, c.end);
        } else {
          reporter.report(context, sink, c.rule.kind(), c.begin, c.end, known);
        }
      }
    }
  }

  /**
   * Organisations described by their kind right after their name, in an apposition: {@code Ingrado,
   * de vereniging voor leerplicht en verzuim}, {@code Regioplan Beleidsonderzoek, het
   * onderzoeksbureau uit Amsterdam}. The name is up to three capitalised words before the comma,
   * the kind a lower-case word for an organisation ({@code lead} in {@code heads.tsv}, or a
   * compound of one) after {@code de}, {@code het} or {@code een}. The sentence says what the name
   * is, so its own words do not ({@code Regioplan} is no plan), but people ({@code Jan de Vries, de
   * voorzitter}: a particle between capitalised words), places and the rest {@link
   * UnknownOrganisations} rules out are not reported.
   */
  private void appositions(ExtractionContext context, NameTokens t, List<Candidate> found) {
    for (int e = 0; e + 2 < t.size(); e++) {
      // the cheap tests first: this runs for every word of every document
      if (!APPOSITION_ARTICLES.contains(t.get(e + 1).text())
          || !t.nameWord(e)
          || t.get(e).numeric()
          || !t.joined(e + 1)
          || !t.gap(e).strip().equals(",")) {
        continue;
      }
      HeadRule kind = organisationLead(t.get(e + 2).text());
      if (kind == null) {
        continue;
      }
      int b = e;
      while (b > 0
          && e - b < 2
          && t.joined(b - 1)
          && t.nameWord(b - 1)
          && !t.get(b - 1).numeric()) {
        b--;
      }
      if (b > 1
          && t.joined(b - 1)
          && particles.contains(t.get(b - 1).text())
          && t.joined(b - 2)
          && t.get(b - 2).capitalised()) {
        continue; // a person's name: "Jan de Vries, de voorzitter van de vereniging"
      }
      if (unknown.plausible(context, t, b, e, true)) {
        found.add(new Candidate(kind, t.get(b).begin(), t.get(e).end()));
      }
    }
  }

  /** The organisation lead {@code word} is, or is a compound of; null if none. */
  private HeadRule organisationLead(String word) {
    java.util.BitSet matches = leadMatches(word, true);
    for (int k = matches.nextSetBit(0); k >= 0; k = matches.nextSetBit(k + 1)) {
      HeadRule r = leads.get(k);
      if (r.kind() == EntityKind.ORGANISATION && r.position() == Position.LEAD) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether {@code c} is a programme or report named by its head and the organisation that owns it
   * ({@code het Jaarverslag Belastingdienst 2023}, {@code het Masterplan DJI 2013–2018}): a head
   * that opens the name, then known names that are all organisations, the first right after the
   * head. Such a name is reported though it holds known names (each of which the gazetteer reports
   * as itself); any other candidate that touches a known name is that name or wrongly bounded.
   */
  private boolean ownedWork(Candidate c, ExtractionContext context) {
    if (c.rule.position() != Position.PREFIX || c.rule.kind() == EntityKind.ORGANISATION) {
      return false;
    }
    String text = context.text();
    String head = String.join(" ", c.rule.words());
    int afterHead = c.begin + head.length();
    if (afterHead >= c.end || !text.startsWith(head, c.begin)) {
      return false; // the name opens before its head ("de Strategische Agenda …")
    }
    while (afterHead < c.end && Character.isWhitespace(text.charAt(afterHead))) {
      afterHead++;
    }
    boolean first = false;
    for (GazetteerExtractor.Hit h : reporter.hits(context)) {
      if (h.end() <= c.begin || h.begin() >= c.end) {
        continue;
      }
      if (h.begin() < afterHead || h.end() > c.end || h.entry().kind() != EntityKind.ORGANISATION) {
        return false;
      }
      first |= h.begin() == afterHead;
    }
    return first;
  }

  /**
   * The last token of the place after head {@code last}: up to four capitalised words, joined by
   * {@code en}, {@code voor}, {@code van} or {@code &} ({@code GGD Hart voor Brabant}, {@code
   * Omgevingsdienst Flevoland & Gooi en Vechtstreek}), but not into a name the gazetteer knows or
   * one that opens with a head ({@code Veiligheidsregio Zeeland en Veiligheidsregio Haaglanden}).
   */
  private int place(NameTokens t, int last, boolean[] known) {
    int end = last;
    int k = last + 1;
    int words = 0;
    while (k < t.size() && words < 4 && t.joined(k - 1) && !known[t.get(k).begin()]) {
      String w = t.get(k).text();
      if (t.nameWord(k) && !t.get(k).numeric() && (k == last + 1 || !byFirstWord.containsKey(w))) {
        end = k;
        words++;
        k++;
      } else if (PLACE_JOINERS.contains(w) && words > 0 && k + 1 < t.size() && t.joined(k)) {
        k++;
      } else {
        break;
      }
    }
    // "de GGD Zuid-Holland Antwoord 4": a frame word right after the place means the text broke
    // (columns read across), so where the place ends is not known
    if (k < t.size()
        && k == end + 1
        && t.joined(end)
        && NameTokens.NOT_NAME_WORDS.contains(t.get(k).text())
        && t.gap(end).isBlank()) {
      return last;
    }
    return end;
  }

  /**
   * Whether token {@code i} (no false head ending: the caller asks) is a lower-case compound of
   * {@code head} that names one thing: {@code de werkkostenregeling}, {@code de
   * ex-partnerregeling}, but not {@code een vrijwilligersregeling} (any one), {@code de regeling}
   * or a generic compound ({@code de overgangsregeling}).
   */
  private boolean lowerCaseName(NameTokens t, int i, String head) {
    String word = t.get(i).text();
    return i > 0
        && Character.isLowerCase(word.codePointAt(0))
        && word.endsWith(head)
        && word.length() >= head.length() + 3
        && !genericCompounds.contains(word)
        && t.joined(i - 1)
        && ARTICLE_CAPITALS.contains(capitalised(t.get(i - 1).text()));
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : upper(word.substring(0, 1)) + word.substring(1);
  }

  /**
   * The positions in {@link #leads} of the one-word lead rules whose head {@code word} is a
   * compound of, and with {@code exact} also those whose head it is. A compound ends in the head
   * after a dash ({@code AI-programma}), or is a lower-case word ending in it with at least three
   * letters before ({@code actieprogramma}). Looked up by the word's endings, not by trying every
   * rule: this runs for every word of every document.
   */
  private java.util.BitSet leadMatches(String word, boolean exact) {
    java.util.BitSet out = new java.util.BitSet();
    if (exact) {
      java.util.BitSet same = leadsByHead.get(word);
      if (same != null) {
        out.or(same);
      }
    }
    int dash = word.lastIndexOf('-');
    if (dash > 0) {
      java.util.BitSet tail = leadsByHead.get(word.substring(dash + 1));
      if (tail != null) {
        out.or(tail);
      }
    } else if (Character.isLowerCase(word.charAt(0)) && leadEndings.mayEnd(word)) {
      for (int k = 3; k < word.length(); k++) {
        java.util.BitSet tail = leadsByHead.get(word.substring(k));
        if (tail != null) {
          out.or(tail);
        }
      }
    }
    return out;
  }

  private void candidate(NameTokens t, int i, HeadRule r, List<Candidate> found, boolean[] known) {
    int k = r.words().size();
    for (int w = 1; w < k; w++) {
      if (i + w >= t.size()
          || !t.joined(i + w - 1)
          || !t.get(i + w).text().equals(r.words().get(w))) {
        return;
      }
    }
    int last = i + k - 1;
    if (r.kind() == EntityKind.ORGANISATION
        && (r.position() == Position.LEAD || r.position() == Position.LEADS)) {
      organisationsAfter(t, last, r, found);
      return;
    }
    switch (r.position()) {
      case PREFIX, LEAD -> {
        int end = forward(t, last + 1, last, r.position() == Position.PREFIX);
        if (r.position() == Position.LEAD) {
          end = sentenceCase(t, i, last, end, known);
        } else if (end == last && k == 1 && r.kind() == EntityKind.PROGRAMME) {
          end = sentenceCasePrefix(t, i, known);
        }
        if (end > last && r.kind() != EntityKind.ORGANISATION && t.get(end).year()) {
          end = t.period(end - 1); // "het Masterplan DJI 2013–2018": the whole period
        }
        if (end > last && !t.get(last + 1).numeric()) {
          int begin = r.position() == Position.LEAD ? last + 1 : i;
          if (r.position() == Position.PREFIX) {
            // "de Strategische Agenda …": capitalised words before the head belong to the name
            int b = backward(t, i);
            if (b < i && !t.sentenceInitial(b)) {
              begin = b;
            }
          }
          found.add(new Candidate(r, t.get(begin).begin(), t.get(end).end()));
        }
      }
      case PLACE -> {
        int end = place(t, last, known);
        if (end > last) {
          found.add(new Candidate(r, t.get(i).begin(), t.get(end).end()));
        }
      }
      case WORD -> {
        int begin = backward(t, i);
        int end = forward(t, last + 1, last);
        if (begin < i || end > last) {
          found.add(new Candidate(r, t.get(begin).begin(), t.get(end).end()));
        }
      }
      default -> {}
    }
  }

  /**
   * The organisations named after a lower-case word for their kind ending at token {@code last}:
   * {@code de zorgverzekeraar Menzis}, {@code het chemiebedrijf Nouryon}, and after a plural
   * ({@link Position#LEADS}) a list, {@code de netbeheerders Stedin en Enexis}. An organisation's
   * name is capitalised word for word, so the name is the capitalised words that follow (a
   * lower-case word ends it: {@code het ziekenhuis Gelre sluit}); a name glued to a bracket ({@code
   * Ieder(in)}) is written in a way these tokens cannot hold whole, so it is left alone.
   */
  private static void organisationsAfter(
      NameTokens t, int last, HeadRule r, List<Candidate> found) {
    if (r.position() == Position.LEAD) {
      // one name, which may hold connectors ("de stichting Vrienden van het Platteland") and open
      // with a capitalised article ("het ziekenhuis De Tjongerschans")
      int from = last;
      if (last + 2 < t.size()
          && t.joined(last)
          && t.joined(last + 1)
          && ARTICLE_CAPITALS.contains(t.get(last + 1).text())
          && t.nameWord(last + 2)) {
        from = last + 1;
      }
      int end = forward(t, from + 1, from);
      if (end > from
          && !t.get(from + 1).numeric()
          && whole(t, last + 1, end)
          && !listed(t, from, end)) {
        found.add(new Candidate(r, t.get(last + 1).begin(), t.get(end).end()));
      }
      return;
    }
    // a list: names of capitalised words, separated by commas, the last after "en"
    int k = last + 1;
    boolean separated = false; // by a comma, which the tokens do not join over
    while (k < t.size() && (separated || t.joined(k - 1)) && t.nameWord(k) && !t.get(k).numeric()) {
      int end = t.capitalisedRun(k, MAX_WORDS + 1);
      if (!whole(t, k, end)) {
        return;
      }
      found.add(new Candidate(r, t.get(k).begin(), t.get(end).end()));
      if (end + 1 >= t.size()) {
        return;
      }
      String gap = t.gap(end).strip();
      if (gap.equals(",")) {
        separated = true;
        k = end + 1;
      } else if (t.joined(end) && t.get(end + 1).text().equals("en") && t.joined(end + 1)) {
        separated = false;
        k = end + 2; // the last name of the list
        if (k < t.size() && t.nameWord(k) && !t.get(k).numeric()) {
          int e = t.capitalisedRun(k, MAX_WORDS + 1);
          if (whole(t, k, e)) {
            found.add(new Candidate(r, t.get(k).begin(), t.get(e).end()));
          }
        }
        return;
      } else {
        return;
      }
    }
  }

  /**
   * Whether "en" joins the words after a singular head ({@code de zorgverzekeraar CZ en
   * Zuyderland}): two organisations or one whose name holds the word ({@code de vereniging Natuur
   * en Milieu}); which, the words do not say, so neither is reported.
   */
  private static boolean listed(NameTokens t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (t.get(k).text().equals("en")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code from..to} hold an organisation's name whole: not glued to what follows
   * ({@code Ieder(in)}, {@code NU’91}) and without digits (which a name loses as a footnote
   * number's).
   */
  private static boolean whole(NameTokens t, int from, int to) {
    if (t.gluedAfter(to)) {
      return false;
    }
    for (int i = from; i <= to; i++) {
      if (t.get(i).text().chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last token of a name after a lower-case head, which may be in sentence case: {@code het
   * programma Samen sterk in de wijk} names {@code Samen sterk in de wijk} where its end is clear
   * ({@link TitleRules}); {@code end} otherwise, the capitalised words alone. One capitalised word
   * followed by a lower-case content word whose end is not clear is the start of such a name, not a
   * name: {@code head} then (none). Before a connector ({@code Waardigheid en trots}) the word
   * stays: it is the name's head more often than not.
   */
  private int sentenceCase(NameTokens t, int head, int last, int end, boolean[] known) {
    // an acronym ("het AI-programma ROBUST gestart") is a name of its own, not a title's first word
    if (end <= last || t.get(last + 1).text().equals(upper(t.get(last + 1).text()))) {
      return end;
    }
    boolean opens =
        head > 0 && t.joined(head - 1)
            ? TitleRules.opensSentence(t, head - 1)
            : t.sentenceInitial(head);
    var title = titleRules.at(t, last + 1, opens);
    if (title.isPresent()) {
      int l = title.get().last();
      // "bereikt het actieprogramma X in 2016?": a year after a preposition dates the sentence
      if (t.get(l).year() && !t.get(l - 1).capitalised() && l - 2 > last) {
        l -= 2;
      }
      if (l > end && l - last <= MAX_SENTENCE_CASE && noneKnown(t, end + 1, l, known)) {
        return l;
      }
    }
    if (end == last + 1
        && end + 1 < t.size()
        && t.joined(end)
        && Character.isLowerCase(t.get(end + 1).text().codePointAt(0))
        && !titleRules.endWord(t.get(end + 1).text())
        && !NameTokens.CONNECTORS.contains(t.get(end + 1).text())) {
      return last;
    }
    return end;
  }

  /**
   * The last token of a programme's name in sentence case that a capitalised head opens inside a
   * sentence: {@code de Regeling groene daken Overijssel}, {@code de Subsidieregeling praktijkleren
   * in de zorg 2025 verlengd} (up to its verb). The capital on the head is what makes it a name, so
   * a head that opens its sentence, or one followed by a connector ({@code Fonds voor}) or by
   * nothing that {@link TitleRules} can bound, yields {@code head} (none).
   */
  private int sentenceCasePrefix(NameTokens t, int head, boolean[] known) {
    int next = head + 1;
    if (t.sentenceInitial(head)
        || next >= t.size()
        || !t.joined(head)
        || !Character.isLowerCase(t.get(next).text().codePointAt(0))
        || NameTokens.CONNECTORS.contains(t.get(next).text())
        || titleRules.endWord(t.get(next).text())) {
      return head;
    }
    var title = titleRules.at(t, head, false);
    if (title.isEmpty()) {
      return head;
    }
    int l = title.get().last();
    // "heeft de Regeling X opengesteld, die …": the clause's verb ends the name
    if (l > head + 1 && TitleRules.participle(t.get(l).text())) {
      l--;
    }
    // "de Regeling X in 2016": a year after a connector dates the sentence, not the scheme
    if (t.get(l).year() && NameTokens.CONNECTORS.contains(t.get(l - 1).text())) {
      l -= 2;
    }
    // "de Subsidieregeling X (SVVE)": an abbreviation the gazetteer knows names the scheme, which
    // is then reported under that entry already
    if (l + 1 < t.size() && t.gap(l).strip().equals("(") && known[t.get(l + 1).begin()]) {
      return head;
    }
    return l > head && l - head <= MAX_SENTENCE_CASE && noneKnown(t, next, l, known) ? l : head;
  }

  /**
   * Whether none of tokens {@code from..to} is in a name the gazetteer knows: a run into one is the
   * sentence, not the programme's name.
   */
  private static boolean noneKnown(NameTokens t, int from, int to, boolean[] known) {
    for (int k = from; k <= to; k++) {
      if (known[t.get(k).begin()]) {
        return false;
      }
    }
    return true;
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /**
   * The first of the capitalised words just before token {@code i} (i itself when there are none).
   */
  private static int backward(NameTokens t, int i) {
    int b = i;
    while (b > 0
        && i - b < MAX_WORDS / 2
        && t.joined(b - 1)
        && t.nameWord(b - 1)
        && !t.get(b - 1).numeric()) {
      b--;
    }
    return b;
  }

  /**
   * The last token of the name continuing at {@code from}: capitalised words, joined by at most two
   * connectors ({@code van de}) that are followed by a capitalised word; {@code head} when none.
   */
  static int forward(NameTokens t, int from, int head) {
    return forward(t, from, head, false);
  }

  /**
   * As {@link #forward(NameTokens, int, int)}; with {@code connectorStart} the name may open with
   * connectors or an article after its head ({@code Stichting van de Arbeid}, {@code Stichting De
   * Noordzee}), as names that a head word opens do.
   */
  static int forward(NameTokens t, int from, int head, boolean connectorStart) {
    int last = head;
    int k = from;
    if (connectorStart && k < t.size() && t.joined(head)) {
      int c = k;
      while (c < t.size()
          && c - k < 2
          && t.joined(c)
          && (NameTokens.CONNECTORS.contains(t.get(c).text())
              || ARTICLE_CAPITALS.contains(t.get(c).text()))) {
        c++;
      }
      if (c > k && c < t.size() && t.nameWord(c) && !t.get(c).numeric()) {
        k = c;
      }
    }
    if (k >= t.size() || !t.joined(k - 1) || !t.nameWord(k) || t.get(k).numeric()) {
      return head;
    }
    while (k < t.size() && k - head <= MAX_WORDS) {
      if (t.nameWord(k)) {
        last = k;
        if (t.get(k).numeric() || !t.joined(k)) {
          break;
        }
        k++;
      } else {
        int c = k;
        while (c < t.size()
            && c - k < 2
            && NameTokens.CONNECTORS.contains(t.get(c).text())
            && t.joined(c)) {
          c++;
        }
        if (c == k || c >= t.size() || !t.nameWord(c) || t.get(c).numeric()) {
          break;
        }
        // "X en het Y", "X en de Y": a list of two names, not one name
        if (c - k == 2 && t.get(k).text().equals("en") && ARTICLES.contains(t.get(k + 1).text())) {
          break;
        }
        k = c;
      }
    }
    return last;
  }
}
