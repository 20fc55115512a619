package org.w3id.kamergraph.extract.names;

import java.util.List;
import java.util.Optional;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.reference.GazetteerEntry;

/**
 * Turns a name found by a pattern rule into a {@link NamedMention}: cleans the surface, drops names
 * that must not be reported ({@link NotNames}, anything inside a URL) and uses the gazetteer's key,
 * label and kind when the gazetteer knows the name. Immutable.
 */
public final class MentionReporter {
  private final Gazetteer gazetteer;
  private final GazetteerExtractor matcher;
  private final NotNames notNames;

  public MentionReporter(Gazetteer gazetteer, NotNames notNames) {
    this(gazetteer, new GazetteerExtractor(gazetteer), notNames);
  }

  /**
   * Over a gazetteer matcher the caller built already (its matching structures take a noticeable
   * part of start-up to build; one per pipeline is enough).
   */
  MentionReporter(Gazetteer gazetteer, GazetteerExtractor matcher, NotNames notNames) {
    this.gazetteer = gazetteer;
    this.matcher = matcher;
    this.notNames = notNames;
  }

  /** The gazetteer's names in the document, in text order, without overlaps (found once). */
  List<GazetteerExtractor.Hit> hits(ExtractionContext context) {
    return matcher.hits(context);
  }

  /**
   * Which characters of {@code text} the gazetteer's names cover. A pattern candidate touching them
   * is a gazetteer name (already reported) or wrongly bounded ({@code Koninklijke Metaalunie en
   * Bouwend Nederland}), so it is not reported.
   */
  public boolean[] known(ExtractionContext context) {
    boolean[] covered = new boolean[context.text().length()];
    for (GazetteerExtractor.Hit h : matcher.hits(context)) {
      java.util.Arrays.fill(covered, h.begin(), h.end(), true);
    }
    return covered;
  }

  /**
   * As {@link #report(ExtractionContext, FactSink, EntityKind, int, int)}, unless {@code [begin,
   * end)} touches a known name.
   */
  public Optional<String> report(
      ExtractionContext context,
      FactSink sink,
      EntityKind kind,
      int begin,
      int end,
      boolean[] known) {
    for (int i = begin; i < end; i++) {
      if (known[i]) {
        return Optional.empty();
      }
    }
    return report(context, sink, kind, begin, end);
  }

  /**
   * Reports normalised {@code [begin, end)} as a {@code kind}; returns the label used, if reported.
   */
  public Optional<String> report(
      ExtractionContext context, FactSink sink, EntityKind kind, int begin, int end) {
    String label = clean(context.text().substring(begin, end));
    if (label.length() < 2 || notNames.contains(label) || inAddress(context.text(), begin, end)) {
      return Optional.empty();
    }
    Optional<GazetteerEntry> known = gazetteer.find(label);
    NamedMention m =
        known
            .map(e -> new NamedMention(e.kind(), e.key(), e.label(), context.span(begin, end)))
            .orElseGet(() -> new NamedMention(kind, null, label, context.span(begin, end)));
    sink.mention(m);
    return Optional.of(m.label());
  }

  /** The gazetteer entry {@code name} is a name of, if any. */
  public Optional<GazetteerEntry> entry(String name) {
    return gazetteer.find(name);
  }

  /**
   * The gazetteer entry {@code name} is a name of word for word, which the gazetteer finds itself.
   */
  public Optional<GazetteerEntry> entryAsWritten(String name) {
    return gazetteer.findAsWritten(name);
  }

  public boolean excluded(String name) {
    return notNames.contains(clean(name));
  }

  /** Collapses spacing and line breaks; rejoins a word hyphenated across a line break. */
  static String clean(String surface) {
    return surface
        .replaceAll("(\\p{Ll})-\\s*\\n\\s*(\\p{Ll})", "$1$2")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static boolean inAddress(String text, int begin, int end) {
    // only the neighbourhood matters: scan a bounded window, not the whole text
    int from = Math.max(0, begin - 300);
    int to = Math.min(text.length(), end + 300);
    WebAddresses w = WebAddresses.in(text.substring(from, to));
    return w.overlaps(begin - from, end - from);
  }
}
