package org.w3id.kamergraph.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.kamergraph.model.MinistryName;
import org.w3id.kamergraph.model.PartyEntry;
import org.w3id.kamergraph.model.PortfolioEntry;

/**
 * The reference names extractors look for: ministries (with their names over time), parties and the
 * portfolios of ministers without a department. Built once from reference data and shared;
 * immutable and thread-safe.
 */
public final class Lexicon {
  private final List<MinistryName> ministryNames;
  private final List<PartyEntry> parties;
  private final List<PortfolioEntry> portfolios;
  private final Map<String, PartyEntry> partyByName = new HashMap<>();
  private final Map<String, PartyEntry> partyByKey = new HashMap<>();
  private final Map<String, List<MinistryName>> ministryByName = new LinkedHashMap<>();
  private final Map<String, List<MinistryName>> ministryByAbbreviation = new LinkedHashMap<>();
  private final Map<String, PortfolioEntry> portfolioByName = new HashMap<>();
  private final Map<String, String> taskMinistry = new HashMap<>();

  /** Post titles by their lower-case form, as written (see {@link #postTitlesHolding}). */
  private final Map<String, String> postTitles = new LinkedHashMap<>();

  public Lexicon(
      List<MinistryName> ministryNames, List<PartyEntry> parties, List<PortfolioEntry> portfolios) {
    this(ministryNames, parties, portfolios, Map.of());
  }

  /**
   * @param tasks staatssecretarissen's task titles as written to their ministry's department name
   *     ({@link StaatssecretarisTasks})
   */
  public Lexicon(
      List<MinistryName> ministryNames,
      List<PartyEntry> parties,
      List<PortfolioEntry> portfolios,
      Map<String, String> tasks) {
    tasks.forEach((title, ministry) -> taskMinistry.put(squeeze(title), ministry));
    new java.util.TreeSet<>(tasks.keySet())
        .forEach(t -> postTitles.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), t));
    this.ministryNames = List.copyOf(ministryNames);
    this.parties = List.copyOf(parties);
    this.portfolios = List.copyOf(portfolios);
    for (PartyEntry p : parties) {
      partyByKey.put(p.key(), p);
      for (String n : p.names()) {
        partyByName.putIfAbsent(partyKey(n), p);
      }
      partyByName.putIfAbsent(partyKey(p.notation()), p);
    }
    for (MinistryName m : ministryNames) {
      ministryByName.computeIfAbsent(squeeze(m.name()), k -> new ArrayList<>()).add(m);
      for (String a : m.abbreviations()) {
        ministryByAbbreviation.computeIfAbsent(a, k -> new ArrayList<>()).add(m);
      }
    }
    for (PortfolioEntry p : portfolios) {
      portfolioByName.put(squeeze(p.portfolio()), p);
      postTitles.putIfAbsent(p.portfolio().toLowerCase(java.util.Locale.ROOT), p.portfolio());
    }
  }

  /**
   * The titles of posts that are not a ministry's name and hold {@code words} (ignoring case), as
   * written: staatssecretarissen's tasks ({@code Fiscaliteit en Belastingdienst}) and ministers'
   * portfolios ({@code Klimaat en Energie}). Words in them name the post, not an organisation.
   */
  public List<String> postTitlesHolding(String words) {
    String w = words.toLowerCase(java.util.Locale.ROOT);
    return postTitles.entrySet().stream()
        .filter(e -> e.getKey().contains(w))
        .map(Map.Entry::getValue)
        .toList();
  }

  public List<MinistryName> ministryNames() {
    return ministryNames;
  }

  public List<PartyEntry> parties() {
    return parties;
  }

  public List<PortfolioEntry> portfolios() {
    return portfolios;
  }

  /** The party with a reference key ({@code vvd}, {@code gl-pvda}). */
  public Optional<PartyEntry> partyByKey(String key) {
    return Optional.ofNullable(key == null ? null : partyByKey.get(key));
  }

  /**
   * The fractie a member asking for {@code written} belonged to on {@code date}: the party itself,
   * or, once a joint fractie has replaced its fractie, that joint fractie (a member writing "PvdA"
   * in 2024 sits in the fractie GroenLinks-PvdA, formed on 6 December 2023). Without a date, the
   * party as written.
   */
  public PartyEntry fractieAt(PartyEntry written, java.time.LocalDate date) {
    if (date == null) {
      return written;
    }
    for (PartyEntry p : parties) {
      if (p.replaces().contains(written.key())
          && p.validFrom() != null
          && !date.isBefore(p.validFrom())) {
        return fractieAt(p, date);
      }
    }
    return written;
  }

  /**
   * The IRIs a member of {@code p} may ask for over time: the party's own and those of every joint
   * fractie that replaced its fractie.
   */
  public java.util.Set<String> fractieIris(PartyEntry p) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>(List.of(p.iri()));
    for (PartyEntry q : parties) {
      if (q.replaces().contains(p.key())) {
        out.addAll(fractieIris(q));
      }
    }
    return out;
  }

  /**
   * The party a name, abbreviation or variant spelling refers to ({@code Groenlinks}, {@code FVD}).
   */
  public Optional<PartyEntry> party(String written) {
    return Optional.ofNullable(partyByName.get(partyKey(written)));
  }

  /**
   * The canonical department name for a written one, tolerant of the spaces PDF converters lose or
   * add ({@code Sociale Zaken enWerkgelegenheid}).
   */
  public Optional<String> departmentName(String written) {
    List<MinistryName> names = ministryByName.get(squeeze(written));
    return names == null ? Optional.empty() : Optional.of(names.get(0).name());
  }

  /**
   * The department name of the ministry a staatssecretaris named by a task title belongs to ({@code
   * Jeugd, Preventie en Sport} → {@code Volksgezondheid, Welzijn en Sport}); empty for a title not
   * listed.
   */
  public Optional<String> taskDepartment(String written) {
    return Optional.ofNullable(taskMinistry.get(squeeze(written)));
  }

  /**
   * The longest department name the written text starts with, compared as {@link #squeeze} does
   * ({@code Financiën – Fiscaliteit en Belastingdienst} → {@code Financiën}).
   */
  public Optional<String> departmentPrefix(String written) {
    String squeezed = squeeze(written);
    String best = null;
    for (Map.Entry<String, List<MinistryName>> e : ministryByName.entrySet()) {
      if (squeezed.startsWith(e.getKey())
          && (best == null || e.getKey().length() > best.length())) {
        best = e.getKey();
      }
    }
    return best == null ? Optional.empty() : Optional.of(ministryByName.get(best).get(0).name());
  }

  /** The portfolio entry for a written portfolio name ({@code Klimaat en Energie}). */
  public Optional<PortfolioEntry> portfolio(String written) {
    return Optional.ofNullable(portfolioByName.get(squeeze(written)));
  }

  /** Whether {@code abbreviation} (case-sensitive) is a ministry's abbreviation. */
  public boolean isMinistryAbbreviation(String abbreviation) {
    return ministryByAbbreviation.containsKey(abbreviation);
  }

  /**
   * The IRI of the ministry a department name or abbreviation stood for on {@code date}: the name
   * valid on that date, else the most recent one. Empty when the name is unknown.
   *
   * @param date the document's date, or {@code null} when unknown
   */
  public Optional<String> ministry(String nameOrAbbreviation, LocalDate date) {
    List<MinistryName> candidates = ministryByName.get(squeeze(nameOrAbbreviation));
    if (candidates == null) {
      candidates = ministryByAbbreviation.get(nameOrAbbreviation.strip());
    }
    if (candidates == null || candidates.isEmpty()) {
      return Optional.empty();
    }
    if (date != null) {
      for (MinistryName m : candidates) {
        if (m.validOn(date)) {
          return Optional.of(m.ministry());
        }
      }
    }
    return candidates.stream()
        .max(Comparator.comparing(m -> m.validUntil() == null ? LocalDate.MAX : m.validUntil()))
        .map(MinistryName::ministry);
  }

  /**
   * Lower case, whitespace and diacritics removed: the comparison key for names PDF text may have
   * glued and older plain texts write without diacritics ("Financien").
   */
  public static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    withoutDiacritics(s)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != '\u00a0')
        .forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
    return b.toString().replace('\u2019', '\'');
  }

  /** {@code s} with its diacritics removed ({@code Financiën} → {@code Financien}). */
  public static String withoutDiacritics(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String partyKey(String s) {
    return squeeze(s).replace("-", "").replace("/", "").toLowerCase(Locale.ROOT);
  }
}
