package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.Answerer;
import org.w3id.kamergraph.model.Asker;
import org.w3id.kamergraph.model.DateFact;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.DocumentReference;
import org.w3id.kamergraph.model.Footnote;
import org.w3id.kamergraph.model.KamerstukCitation;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.model.ZaakReference;
import org.w3id.kamergraph.reference.Gazetteer;
import org.w3id.kamergraph.reference.Lexicon;
import org.w3id.kamergraph.reference.PersonRegister;

/**
 * Turns a document's facts into entities with stable IRIs: members by party and name, ministries by
 * the name they carried on the document's date, posts by their label, named things by their
 * gazetteer key or name. Duplicates found by several extractors collapse here. Thread-safe.
 *
 * <p>Where the document's official metadata states a date, its own zaak or its answers, that wins
 * over what the extractors read in the text: the metadata of officielebekendmakingen.nl is the most
 * precise source there is; the text fills what it lacks (see {@link OfficialMetadata}).
 */
public final class Resolver {
  private static final Pattern OWN_ZAAK = Pattern.compile("^kv-tk-(\\d{4}Z\\d{5})$");
  private final Lexicon lexicon;
  private final IriMinter iris;
  private final PostResolver posts;
  private final NameResolver names;
  private final PersonIdentifier persons;

  /** With the bundled person register. */
  public Resolver(Lexicon lexicon, Gazetteer gazetteer, IriMinter iris) {
    this(lexicon, gazetteer, PersonRegister.load(), iris);
  }

  public Resolver(Lexicon lexicon, Gazetteer gazetteer, PersonRegister register, IriMinter iris) {
    this.lexicon = lexicon;
    this.iris = iris;
    this.posts = new PostResolver(lexicon, iris);
    this.names = new NameResolver(lexicon, gazetteer, iris);
    this.persons =
        new PersonIdentifier(
            register,
            name -> lexicon.party(name).map(lexicon::fractieIris).orElse(java.util.Set.of()));
  }

  public ResolvedDocument resolve(DocumentFacts facts) {
    String doc = iris.document(facts.document().id());
    OfficialMetadata meta = new OfficialMetadata(facts.document().metadata());
    LocalDate submitted = meta.submitted().orElse(first(facts.submitted()));
    LocalDate answered = meta.answered().orElse(first(facts.answered()));
    LocalDate date = submitted != null ? submitted : answered;
    Collected c = new Collected();
    facts.askers().forEach(a -> c.askedBy.add(member(doc, a, date, c)));
    facts.members().forEach(m -> member(doc, m, date, c));
    for (Office o : facts.addressees()) {
      c.addressedTo.add(posts.resolve(o, date, c));
    }
    for (Answerer a : facts.answerers()) {
      String post = a.office() == null ? null : posts.resolve(a.office(), date, c);
      PersonIdentifier.Identity who =
          persons.identify(a.name(), PersonIdentifier.Role.OFFICE_HOLDER, date, null);
      String person = iris.person(who.key());
      c.entity(new Entity.Person(person, who.name(), post, who.basis(), candidates(who)));
      if (post != null) {
        c.entity(new Entity.PostTenure(iris.tenure(doc, person, post), person, post, date));
      }
      c.answeredBy.add(person);
      c.mention(person, a.span());
    }
    // named things first resolved one by one, then the variants of one name in this document
    // (a main title and the full title, a word in singular and plural) folded into one entity
    List<Map.Entry<NamedMention, Entity.Named>> named = new ArrayList<>();
    Map<String, Integer> mentionCounts = new HashMap<>();
    for (NamedMention m : facts.mentions()) {
      String written = facts.document().text().substring(m.span().begin(), m.span().end());
      names
          .resolve(m, date, written)
          .ifPresent(
              e -> {
                named.add(Map.entry(m, e));
                mentionCounts.merge(e.iri(), 1, Integer::sum);
              });
    }
    Map<String, Entity.Named> byIri = new java.util.LinkedHashMap<>();
    Map<String, Boolean> known = new HashMap<>(); // named by a gazetteer key
    for (var p : named) {
      byIri.putIfAbsent(p.getValue().iri(), p.getValue());
      known.putIfAbsent(p.getValue().iri(), p.getKey().key() != null);
    }
    Map<String, String> variantOf =
        NameVariants.canonical(
            byIri.values().stream()
                .map(
                    e ->
                        new NameVariants.Name(
                            e.iri(),
                            e.kind(),
                            e.label(),
                            known.get(e.iri()),
                            mentionCounts.get(e.iri())))
                .toList());
    for (var p : named) {
      Entity.Named e = p.getValue();
      String target = variantOf.get(e.iri());
      if (target != null) {
        Entity.Named t = byIri.get(target);
        Set<String> alts = new LinkedHashSet<>(e.altLabels());
        alts.add(e.label());
        e = new Entity.Named(t.iri(), t.kind(), t.label(), alts, t.sameAs());
      }
      c.entity(e);
      c.mention(e.iri(), p.getKey().span());
    }
    for (KamerstukCitation k : facts.citations()) {
      String iri = iris.kamerstuk(k.key());
      c.entity(new Entity.Kamerstuk(iri, k));
      c.cites.add(iri);
      c.mention(iri, k.span());
    }
    for (DocumentReference r : facts.references()) {
      String iri = iris.reference(r.kind(), r.identifier(), r.official());
      c.entity(new Entity.Reference(iri, r.kind(), r.identifier(), r.official()));
      c.references.add(iri);
      c.mention(iri, r.span());
    }
    Set<String> zaken = new LinkedHashSet<>();
    for (ZaakReference z : facts.zaken()) {
      zaken.add(z.nummer());
      c.entity(new Entity.Zaak(iris.zaak(z.nummer()), z.nummer()));
      c.mention(iris.zaak(z.nummer()), z.span());
    }
    Entity.Zaak own = ownZaak(facts, meta);
    if (own != null) {
      c.entity(own);
    }
    List<ResolvedDocument.Block> footnotes = new ArrayList<>();
    // a marker refers to the first footnote with its number (a later one with the same number is
    // another page's or another list's)
    Map<Integer, String> footnoteIris = new HashMap<>();
    for (Footnote f : facts.footnotes()) {
      String iri = iris.footnote(doc, f.number(), f.span());
      footnoteIris.putIfAbsent(f.number(), iri);
      footnotes.add(
          new ResolvedDocument.Block(iri, f.number(), f.text(), f.span(), List.of(), f.links()));
    }
    List<ResolvedDocument.Block> questions = new ArrayList<>();
    facts
        .questions()
        .forEach(
            q ->
                blocks(
                    q.numbers(),
                    q.text(),
                    q.span(),
                    referred(q.footnotes(), footnoteIris),
                    n -> iris.question(doc, n),
                    questions));
    List<ResolvedDocument.Block> answers = new ArrayList<>();
    facts
        .answers()
        .forEach(
            a ->
                blocks(
                    a.numbers(),
                    a.text(),
                    a.span(),
                    referred(a.footnotes(), footnoteIris),
                    n -> iris.answer(doc, n),
                    answers));
    ResolvedDocument.Kind kind =
        facts.mededeling().isPresent()
            ? ResolvedDocument.Kind.POSTPONEMENT
            : !answers.isEmpty() || !facts.answerers().isEmpty()
                ? ResolvedDocument.Kind.ANSWERS
                : ResolvedDocument.Kind.WRITTEN_QUESTIONS;
    String title = facts.titles().isEmpty() ? null : facts.titles().get(0).text();
    return new ResolvedDocument(
        facts.document(),
        doc,
        kind,
        title,
        submitted,
        answered,
        List.copyOf(zaken),
        own,
        meta.answerDocuments().stream()
            .filter(id -> !id.equals(facts.document().id()))
            .map(iris::document)
            .toList(),
        List.copyOf(c.entities.values()),
        List.copyOf(c.askedBy),
        List.copyOf(c.addressedTo),
        List.copyOf(c.answeredBy),
        List.copyOf(c.cites),
        List.copyOf(c.references),
        questions,
        answers,
        footnotes,
        List.copyOf(c.mentions));
  }

  /**
   * A member: one person whatever party they ask for ({@link PersonIdentifier}); the party the
   * document gives is a membership the document attests on its date.
   */
  private String member(String doc, Asker a, LocalDate date, Collected c) {
    String party = null;
    String written = null;
    if (a.partyKey() != null) {
      PartyEntry asWritten = lexicon.partyByKey(a.partyKey()).orElseThrow();
      PartyEntry p = lexicon.fractieAt(asWritten, date);
      party = p.iri();
      c.entity(new Entity.Party(party, p.notation()));
      if (p != asWritten) {
        // the member sat in the joint fractie on the document's date; what the text says is kept
        written = a.partyWritten() != null ? a.partyWritten() : asWritten.notation();
      }
    } else if (a.partyWritten() != null) {
      party = iris.party(a.partyWritten());
      c.entity(new Entity.Party(party, a.partyWritten()));
    }
    PersonIdentifier.Identity who =
        persons.identify(a.name(), PersonIdentifier.Role.MEMBER, date, party);
    String member = iris.person(who.key());
    c.entity(new Entity.Member(member, who.name(), party, who.basis(), candidates(who)));
    if (party != null) {
      c.entity(
          new Entity.Membership(iris.membership(doc, member, party), member, party, date, written));
    }
    c.mention(member, a.span());
    if (party != null && a.partySpan() != null) {
      c.mention(party, a.partySpan());
    }
    return member;
  }

  private List<String> candidates(PersonIdentifier.Identity who) {
    return who.candidates().stream().map(p -> iris.person(p.key())).toList();
  }

  /** One block per number: a grouped "Vraag 2 en 3" is two questions sharing a text. */
  private static void blocks(
      List<Integer> numbers,
      String text,
      Span span,
      List<String> footnotes,
      IntFunction<String> iri,
      List<ResolvedDocument.Block> out) {
    for (int n : numbers) {
      if (out.stream().noneMatch(b -> b.number() == n)) {
        out.add(new ResolvedDocument.Block(iri.apply(n), n, text, span, footnotes, List.of()));
      }
    }
  }

  /** The IRIs of the document's footnotes with these numbers (a number it has none for is left). */
  private static List<String> referred(List<Integer> numbers, Map<Integer, String> footnotes) {
    return numbers.stream().map(footnotes::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The document's own zaak: from its official metadata ({@code OVERHEIDop.vraagnummer}), its
   * official id ({@code kv-tk-{zaak}}), a {@code zaak} metadata field, or a number before its
   * questions, in that order.
   */
  private Entity.Zaak ownZaak(DocumentFacts facts, OfficialMetadata meta) {
    Matcher m = OWN_ZAAK.matcher(facts.document().id());
    String nummer =
        meta.zaak().orElse(m.matches() ? m.group(1) : facts.document().metadata().get("zaak"));
    if (nummer == null) {
      nummer =
          facts.zaken().stream()
              .filter(ZaakReference::own)
              .map(ZaakReference::nummer)
              .findFirst()
              .orElse(null);
    }
    return nummer == null ? null : new Entity.Zaak(iris.zaak(nummer), nummer);
  }

  private static LocalDate first(List<DateFact> dates) {
    return dates.isEmpty() ? null : dates.get(0).date();
  }
}
