package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.extract.Lexicon;
import org.w3id.kamergraph.extract.names.Gazetteer;
import org.w3id.kamergraph.model.AnswerBlock;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.Footnote;
import org.w3id.kamergraph.model.KamerstukCitation;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.QuestionBlock;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.model.ZaakReference;

/**
 * Turns a document's facts into entities with stable IRIs: members by party and name, ministries
 * by the name they carried on the document's date, posts by their label, named things by their
 * gazetteer key or name. Duplicates found by several extractors collapse here. Thread-safe.
 */
public final class Resolver {
  private static final Pattern OWN_ZAAK = Pattern.compile("^kv-tk-(\\d{4}Z\\d{5})$");
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final IriMinter iris;

  public Resolver(Lexicon lexicon, Gazetteer gazetteer, IriMinter iris) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.iris = iris;
  }

  public ResolvedDocument resolve(DocumentFacts facts) {
    String doc = iris.document(facts.document().id());
    LocalDate submitted = first(facts.submitted());
    LocalDate answered = first(facts.answered());
    LocalDate date = submitted != null ? submitted : answered;
    Collector c = new Collector();

    for (Asker a : facts.askers()) {
      String party = null;
      if (a.partyKey() != null) {
        party = lexicon.parties().stream().filter(p -> p.key().equals(a.partyKey())).findFirst()
            .map(p -> { c.entity(new Entity.Party(p.iri(), p.notation())); return p.iri(); }).orElse(null);
      } else if (a.partyWritten() != null) {
        party = iris.party(a.partyWritten());
        c.entity(new Entity.Party(party, a.partyWritten()));
      }
      String key = a.partyKey() != null ? a.partyKey() : a.partyWritten() == null ? null : IriMinter.slug(a.partyWritten());
      String member = iris.member(key, a.name().fullName());
      c.entity(new Entity.Member(member, a.name(), party));
      c.askedBy.add(member);
      c.mention(member, a.span());
      if (party != null && a.partySpan() != null) {
        c.mention(party, a.partySpan());
      }
    }
    for (Office o : facts.addressees()) {
      c.addressedTo.add(post(o, date, c));
    }
    for (Answerer a : facts.answerers()) {
      String post = a.office() == null ? null : post(a.office(), date, c);
      String person = iris.person(a.name().familyName());
      c.entity(new Entity.Person(person, a.name(), post));
      c.answeredBy.add(person);
      c.mention(person, a.span());
    }
    for (NamedMention m : facts.mentions()) {
      named(m, date).ifPresent(e -> {
        c.entity(e);
        c.mention(e.iri(), m.span());
      });
    }
    for (KamerstukCitation k : facts.citations()) {
      String iri = iris.kamerstuk(k.key());
      c.entity(new Entity.Kamerstuk(iri, k));
      c.cites.add(iri);
      c.mention(iri, k.span());
    }
    Set<String> zaken = new LinkedHashSet<>();
    for (ZaakReference z : facts.zaken()) {
      zaken.add(z.nummer());
      String iri = iris.zaak(z.nummer());
      c.entity(new Entity.Zaak(iri, z.nummer()));
      c.mention(iri, z.span());
    }
    Entity.Zaak own = ownZaak(facts);
    if (own != null) {
      c.entity(own);
    }
    List<ResolvedDocument.Block> questions = new ArrayList<>();
    Set<Integer> asked = new LinkedHashSet<>();
    for (QuestionBlock q : facts.questions()) {
      for (int n : q.numbers()) {
        if (asked.add(n)) {
          questions.add(new ResolvedDocument.Block(iris.question(doc, n), n, q.text(), q.span()));
        }
      }
    }
    List<ResolvedDocument.Block> answers = new ArrayList<>();
    Set<Integer> answeredNumbers = new LinkedHashSet<>();
    for (AnswerBlock a : facts.answers()) {
      for (int n : a.numbers()) {
        if (answeredNumbers.add(n)) {
          answers.add(new ResolvedDocument.Block(iris.answer(doc, n), n, a.text(), a.span()));
        }
      }
    }
    List<ResolvedDocument.Block> footnotes = new ArrayList<>();
    for (Footnote f : facts.footnotes()) {
      footnotes.add(new ResolvedDocument.Block(iris.footnote(doc, f.number(), f.span()), f.number(), f.text(), f.span()));
    }
    ResolvedDocument.Kind kind =
        facts.mededeling().isPresent() ? ResolvedDocument.Kind.POSTPONEMENT
            : !answers.isEmpty() || !facts.answerers().isEmpty() ? ResolvedDocument.Kind.ANSWERS
            : ResolvedDocument.Kind.WRITTEN_QUESTIONS;
    return new ResolvedDocument(
        facts.document(), doc, kind, facts.titles().isEmpty() ? null : facts.titles().get(0).text(), submitted, answered, List.copyOf(zaken), own,
        List.copyOf(c.entities.values()), List.copyOf(c.askedBy), List.copyOf(c.addressedTo),
        List.copyOf(c.answeredBy), List.copyOf(c.cites), questions, answers, footnotes,
        List.copyOf(c.mentions));
  }

  private String post(Office o, LocalDate date, Collector c) {
    String iri = iris.post(o.label());
    String ministry = null;
    String host = null;
    if (o.role() == Role.MINISTER_PRESIDENT) {
      // the Minister-President's office is not named as a department; Algemene Zaken hosts it
      host = lexicon.ministry("Algemene Zaken", date).orElse(null);
    } else if (o.department() != null) {
      ministry = lexicon.ministry(o.department(), date).orElse(null);
    } else {
      host = lexicon.portfolio(o.portfolio()).map(p -> p.hostMinistry()).orElse(null);
    }
    c.entity(new Entity.Post(iri, o.label(), ministry, o.department() == null ? o.portfolio() : null, host));
    if (ministry != null) {
      c.entity(new Entity.Named(ministry, EntityKind.MINISTRY, o.department(), Set.of()));
      c.mention(ministry, o.span());
    }
    return iri;
  }

  private Optional<Entity.Named> named(NamedMention m, LocalDate date) {
    return switch (m.kind()) {
      case MINISTRY -> lexicon.ministry(m.key() != null ? m.key() : m.label(), date)
          .map(iri -> new Entity.Named(iri, EntityKind.MINISTRY, m.label(), Set.of()));
      case PARTY -> lexicon.party(m.key() != null ? m.key() : m.label())
          .or(() -> lexicon.parties().stream().filter(p -> p.key().equals(m.key())).findFirst())
          .map(p -> new Entity.Named(p.iri(), EntityKind.PARTY, p.notation(), Set.of()));
      case PROGRAMME -> Optional.of(new Entity.Named(iris.programme(keyOf(m)), m.kind(), m.label(), aliases(m)));
      case REPORT -> Optional.of(new Entity.Named(iris.report(keyOf(m)), m.kind(), m.label(), aliases(m)));
      case ORGANISATION -> Optional.of(new Entity.Named(iris.organisation(keyOf(m)), m.kind(), m.label(), aliases(m)));
    };
  }

  /** Every other name the gazetteer knows the thing by: analysts search by any of them. */
  private Set<String> aliases(NamedMention m) {
    if (m.key() == null) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    gazetteer.find(m.label()).ifPresent(e -> names.addAll(e.names()));
    names.remove(m.label());
    return names;
  }

  private static String keyOf(NamedMention m) {
    return m.key() != null ? m.key() : m.label();
  }

  private Entity.Zaak ownZaak(DocumentFacts facts) {
    Matcher m = OWN_ZAAK.matcher(facts.document().id());
    String nummer = m.matches() ? m.group(1) : facts.document().metadata().get("zaak");
    return nummer == null ? null : new Entity.Zaak(iris.zaak(nummer), nummer);
  }

  private static LocalDate first(List<DateFact> dates) {
    return dates.isEmpty() ? null : dates.get(0).date();
  }

  /** Entities and links of one document, each kept once in the order first found. */
  private static final class Collector {
    final Map<String, Entity> entities = new LinkedHashMap<>();
    final Set<String> askedBy = new LinkedHashSet<>();
    final Set<String> addressedTo = new LinkedHashSet<>();
    final Set<String> answeredBy = new LinkedHashSet<>();
    final Set<String> cites = new LinkedHashSet<>();
    final Set<ResolvedDocument.Mention> mentions = new LinkedHashSet<>();

    void entity(Entity e) {
      Entity known = entities.get(e.iri());
      if (known instanceof Entity.Named n && e instanceof Entity.Named m && !n.label().equals(m.label())) {
        Set<String> alts = new LinkedHashSet<>(n.altLabels());
        alts.add(m.label());
        entities.put(e.iri(), new Entity.Named(n.iri(), n.kind(), n.label(), alts));
      } else if (known == null) {
        entities.put(e.iri(), e);
      }
    }

    void mention(String iri, Span span) {
      mentions.add(new ResolvedDocument.Mention(iri, span));
    }
  }
}
