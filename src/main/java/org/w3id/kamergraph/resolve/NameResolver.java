package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.reference.GazetteerEntry;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * Named mentions to entities: ministries by the name they carried on the document's date, parties
 * by reference data, programmes, reports and organisations by gazetteer key (with every name the
 * gazetteer knows as a label) or, when unknown, by their name.
 */
final class NameResolver {
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final IriMinter iris;

  NameResolver(Lexicon lexicon, Gazetteer gazetteer, IriMinter iris) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.iris = iris;
  }

  /**
   * The entity a mention names; {@code written} is the mention's text as the document writes it,
   * kept as one of the names of a programme, report or organisation when it differs from the
   * gazetteer's (analysts search by the spelling they saw: "Expertise Netwerk Waterveiligheid" for
   * the register's "Expertisenetwerk Waterveiligheid").
   */
  Optional<Entity.Named> resolve(NamedMention m, LocalDate date, String written) {
    return resolve(m, date).map(e -> withWritten(e, written));
  }

  private static Entity.Named withWritten(Entity.Named e, String written) {
    String w = written.replaceAll("\\s+", " ").strip();
    boolean named =
        e.kind() == EntityKind.PROGRAMME
            || e.kind() == EntityKind.REPORT
            || e.kind() == EntityKind.ORGANISATION;
    if (!named || w.isEmpty() || w.length() > 200 || w.equals(e.label())) {
      return e;
    }
    Set<String> alt = new LinkedHashSet<>(e.altLabels());
    alt.add(w);
    return new Entity.Named(e.iri(), e.kind(), e.label(), alt, e.sameAs());
  }

  private Optional<Entity.Named> resolve(NamedMention m, LocalDate date) {
    String key = m.key() != null ? m.key() : m.label();
    return switch (m.kind()) {
      case MINISTRY ->
          lexicon
              .ministry(key, date)
              .map(iri -> new Entity.Named(iri, m.kind(), m.label(), Set.of()));
      case PARTY ->
          lexicon
              .partyByKey(m.key())
              .or(() -> lexicon.party(m.label()))
              .map(p -> new Entity.Named(p.iri(), m.kind(), p.notation(), Set.of()));
      case PROGRAMME ->
          Optional.of(
              new Entity.Named(
                  iris.programme(key), m.kind(), m.label(), aliases(entry(m), m.label())));
      case REPORT ->
          Optional.of(
              new Entity.Named(
                  iris.report(key), m.kind(), m.label(), aliases(entry(m), m.label())));
      case ORGANISATION -> {
        Optional<GazetteerEntry> entry = entry(m);
        yield Optional.of(
            new Entity.Named(
                iris.organisation(key),
                m.kind(),
                m.label(),
                aliases(entry, m.label()),
                tooi(entry)));
      }
    };
  }

  /** The gazetteer's entry of a mention it found, if any. */
  private Optional<GazetteerEntry> entry(NamedMention m) {
    return m.key() == null ? Optional.empty() : gazetteer.find(m.label());
  }

  /** The TOOI id of a government organisation the gazetteer knows, as its one other identifier. */
  private static Set<String> tooi(Optional<GazetteerEntry> entry) {
    return entry.map(GazetteerEntry::tooi).filter(t -> !t.isEmpty()).map(Set::of).orElse(Set.of());
  }

  /** Every other name the gazetteer knows the thing by: analysts search by any of them. */
  private static Set<String> aliases(Optional<GazetteerEntry> entry, String label) {
    Set<String> names = new LinkedHashSet<>();
    entry.ifPresent(e -> names.addAll(e.names()));
    names.remove(label);
    return names;
  }
}
