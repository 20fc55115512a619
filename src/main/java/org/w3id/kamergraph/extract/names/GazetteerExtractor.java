package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.reference.GazetteerEntry;

/**
 * Reports every whole-word occurrence of a {@link Gazetteer} name, with the entry's key and
 * preferred label, in one Aho-Corasick pass per case mode.
 *
 * <p>Abbreviations and one-word names ({@code ACM}, {@code SER}, {@code Rabobank}) match with their
 * case, so they do not match ordinary words; longer names ignore case but, when the data writes
 * them capitalised, must be capitalised in the text too ({@code Energie Samen}, not {@code energie
 * samen}); a programme's long one-word compound also matches in lower case ({@code het
 * regeerakkoord}). Overlapping matches keep the longest. Word boundaries are checked here rather
 * than by the library, to accept names PDF text glued to a preceding word ({@code doorDeloitte}).
 * Nothing inside a URL or e-mail address matches. An organisation's name followed by a compass word
 * ({@code branch-qualifiers}: {@code LTO Noord}) names a regional branch, reported as an
 * organisation the gazetteer does not know.
 */
public final class GazetteerExtractor implements Extractor {
  private final Trie exact;
  private final Trie folded;
  private final Map<String, GazetteerEntry> exactNames = new HashMap<>();
  private final Map<String, GazetteerEntry> foldedNames = new HashMap<>();
  private final Map<String, String> foldedWritten = new HashMap<>();

  private final Gazetteer gazetteer;
  private final java.util.Set<String> branchQualifiers =
      org.w3id.kamergraph.reference.WordLists.set("branch-qualifiers");

  public GazetteerExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (GazetteerEntry e : gazetteer.entries()) {
      for (String name : e.names()) {
        if (caseSensitive(name)) {
          exactNames.putIfAbsent(name, e);
          if (lowerCaseCompound(e, name)) {
            exactNames.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
          }
        } else {
          String k = name.toLowerCase(Locale.ROOT);
          foldedNames.putIfAbsent(k, e);
          foldedWritten.putIfAbsent(k, name);
        }
      }
    }
    exact = Trie.builder().addKeywords(exactNames.keySet()).build();
    folded = Trie.builder().onlyWholeWords().ignoreCase().addKeywords(foldedNames.keySet()).build();
  }

  /**
   * Whether the document defines the abbreviation a hit matched as something else: it writes
   * "(GVB)" but none of the entry's longer names ("Gemeenschappelijk Visserijbeleid (GVB)" is not
   * the Amsterdam transport company). A document's own definition wins over the gazetteer.
   */
  private static boolean definedOtherwise(String text, String squeezed, Hit h) {
    String written = text.substring(h.begin, h.end);
    if (written.length() > 6
        || !written.equals(written.toUpperCase(Locale.ROOT))
        || !text.contains("(" + written + ")")) {
      return false;
    }
    for (String name : h.entry.names()) {
      if (name.length() > written.length()
          && squeezed.contains(name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the hit is a word of a post's title around it ({@code Staatssecretaris van Financiën –
   * Fiscaliteit en Belastingdienst}, {@code staatssecretaris Toeslagen en Douane}): there it names
   * the post, not the organisation.
   *
   * @param titles the post titles that hold the hit's words, tried in a window around it
   */
  static boolean inPostTitle(String text, Hit h, List<String> titles) {
    for (String title : titles) {
      if (title.length() > 200) {
        continue;
      }
      int from = Math.max(0, h.begin - title.length() - 20);
      int to = Math.min(text.length(), h.end + title.length() + 20);
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  java.util.Arrays.stream(title.strip().split("\\s+"))
                      .map(java.util.regex.Pattern::quote)
                      .collect(java.util.stream.Collectors.joining("\\s+")),
                  java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
              .matcher(text)
              .region(from, to);
      while (m.find()) {
        if (m.start() <= h.begin && h.end <= m.end() && (m.end() - m.start()) > (h.end - h.begin)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a programme's one-word name may also be written in lower case: a long compound with
   * only its first letter capitalised ({@code Regeerakkoord}, {@code Klimaatfonds}) is the same
   * programme as {@code het regeerakkoord}, whereas an abbreviation or a short word is not.
   */
  static boolean lowerCaseCompound(GazetteerEntry e, String name) {
    return e.kind() == org.w3id.kamergraph.model.EntityKind.PROGRAMME
        && name.length() >= MIN_LOWER_CASE_COMPOUND
        && Character.isUpperCase(name.charAt(0))
        && name.substring(1).chars().noneMatch(Character::isUpperCase)
        && name.chars().noneMatch(Character::isWhitespace);
  }

  /** Shorter one-word programme names are too often ordinary words when written in lower case. */
  private static final int MIN_LOWER_CASE_COMPOUND = 8;

  /** One word, or no lower-case letter at all: an abbreviation or a proper name. */
  static boolean caseSensitive(String name) {
    return name.chars().noneMatch(Character::isWhitespace)
        || name.chars().noneMatch(Character::isLowerCase);
  }

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    // compared without spaces: PDF text glues words ("Planbureau voor deLeefomgeving (PBL)")
    String squeezed = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    // each search reads the whole text: asked once per abbreviation and entry, not once per hit
    // (a long document repeats its abbreviations thousands of times)
    java.util.Map<String, Boolean> otherwise = new java.util.HashMap<>();
    for (Hit h : hits(context)) {
      String asked = text.substring(h.begin, h.end) + '\u0000' + h.entry.key();
      if (otherwise.computeIfAbsent(asked, k -> definedOtherwise(text, squeezed, h))) {
        continue;
      }
      if (h.entry.kind() == org.w3id.kamergraph.model.EntityKind.ORGANISATION
          && inPostTitle(
              text,
              h,
              context
                  .lexicon()
                  .postTitlesHolding(text.substring(h.begin, h.end).replaceAll("\\s+", " ")))) {
        continue;
      }
      int branch =
          h.entry.kind() == org.w3id.kamergraph.model.EntityKind.ORGANISATION
              ? branchEnd(text, h.end)
              : -1;
      if (branch > 0) {
        // "LTO Noord": a regional branch, an organisation of its own that the gazetteer does not
        // know
        sink.mention(
            new NamedMention(
                h.entry.kind(),
                null,
                MentionReporter.clean(text.substring(h.begin, branch)),
                context.span(h.begin, branch)));
        continue;
      }
      sink.mention(
          new NamedMention(
              h.entry.kind(), h.entry.key(), h.entry.label(), context.span(h.begin, h.end)));
    }
  }

  /**
   * Where a branch qualifier that follows a name ending at {@code end} ends ({@code LTO Noord},
   * {@code Rijkswaterstaat Oost-Nederland}): one space, then a word of {@code branch-qualifiers} as
   * a whole word; -1 when none follows.
   */
  private int branchEnd(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return -1;
    }
    int b = end + 1;
    int e = b;
    while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
      e++;
    }
    return e > b && branchQualifiers.contains(text.substring(b, e)) ? e : -1;
  }

  /** The memo key of a gazetteer's hits: one per gazetteer instance (it has identity equality). */
  private record HitsOf(Gazetteer gazetteer) {}

  /** {@link #find} on the document's text, once per document whatever asks. */
  List<Hit> hits(ExtractionContext context) {
    return context.memo().get(new HitsOf(gazetteer), () -> find(context.text()));
  }

  /**
   * The gazetteer names in {@code original}, in text order, without overlaps. Matching runs on the
   * text with every run of spacing squeezed to one space, so names broken over lines match too.
   */
  List<Hit> find(String original) {
    StringBuilder b = new StringBuilder(original.length());
    int[] back = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00a0';
      if (!space || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
        back[b.length()] = i;
        b.append(space ? ' ' : c);
      }
    }
    back[b.length()] = original.length();
    String text = b.toString();
    WebAddresses web = WebAddresses.in(text);
    List<Hit> hits = new ArrayList<>();
    for (Emit e : exact.parseText(text)) {
      hits.add(new Hit(e.getStart(), e.getEnd() + 1, exactNames.get(e.getKeyword())));
    }
    for (Emit e : folded.parseText(text)) {
      String k = e.getKeyword().toLowerCase(Locale.ROOT);
      String written = foldedWritten.get(k);
      boolean capitalOk =
          !Character.isUpperCase(written.charAt(0))
              || Character.isUpperCase(text.charAt(e.getStart()));
      if (capitalOk) {
        hits.add(new Hit(e.getStart(), e.getEnd() + 1, foldedNames.get(k)));
      }
    }
    hits.sort(Comparator.comparingInt((Hit h) -> h.begin - h.end).thenComparingInt(h -> h.begin));
    // longest first; a shorter name inside a longer one is part of it, not a second mention
    boolean[] taken = new boolean[text.length()];
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      boolean bounded = wholeWord(text, h.begin, h.end) || glued(text, h);
      if (!anyTaken(taken, h) && bounded && !web.overlaps(h.begin, h.end)) {
        kept.add(h);
        java.util.Arrays.fill(taken, h.begin, h.end, true);
      }
    }
    kept.sort(Comparator.comparingInt(h -> h.begin));
    List<Hit> out = new ArrayList<>(kept.size());
    for (Hit h : kept) {
      out.add(new Hit(back[h.begin], back[h.end - 1] + 1, h.entry));
    }
    return out;
  }

  private static boolean anyTaken(boolean[] taken, Hit h) {
    for (int i = h.begin; i < h.end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * PDF text glues words ({@code doorDeloitte}): a capitalised name of five or more letters right
   * after a lower-case letter still counts as a word of its own.
   */
  private static boolean glued(String text, Hit h) {
    return h.end - h.begin >= 5
        && h.begin > 0
        && Character.isLowerCase(text.charAt(h.begin - 1))
        && Character.isUpperCase(text.charAt(h.begin))
        && (h.end >= text.length() || !Character.isLetter(text.charAt(h.end)));
  }

  /** No letter or digit just before, no letter just after (a glued year as in KEV2023 is fine). */
  static boolean wholeWord(String text, int begin, int end) {
    return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
        && (end >= text.length() || !Character.isLetter(text.charAt(end)));
  }

  /** A gazetteer name at {@code [begin, end)}. */
  record Hit(int begin, int end, GazetteerEntry entry) {}
}
