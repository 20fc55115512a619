package org.w3id.kamergraph.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The persons of the bundled reference data ({@code kamergraph/reference/persons.tsv}, {@code
 * offices.tsv}, {@code periods.tsv}): who they are (names, birth date, Wikidata id, TK GUID) and
 * the seats and posts they held, with the dates the register is complete for. Immutable,
 * thread-safe.
 */
public final class PersonRegister {

  /** The kinds of office the register knows. */
  public enum OfficeKind {
    /** A seat in the Tweede Kamer. */
    SEAT,
    /** A minister's or staatssecretaris' post. */
    POST
  }

  /** A dated office; {@code to} is null while it was still held when the source was made. */
  public record Office(
      OfficeKind kind, String label, String ministry, LocalDate from, LocalDate to) {}

  /**
   * One real person. Empty strings are absent values.
   *
   * @param parties the parties (abbreviations and names as the sources write them) the person was
   *     ever a member of; empty when the sources say nothing
   */
  public record Person(
      String key,
      String familyName,
      String givenName,
      String initials,
      String birthDate,
      String wikidata,
      String tkGuid,
      List<Office> offices,
      List<String> parties) {
    /** The full name: first name (or initials) and family name, "Aukje de Vries". */
    public String fullName() {
      String given = !givenName.isEmpty() ? givenName : initials;
      return given.isEmpty()
          ? familyName
          : given + " " + NameParser.surnameAfterGivenName(familyName);
    }

    /**
     * Whether the person held an office of this kind on {@code date}, open ends up to {@code
     * lastDay}.
     */
    public boolean held(OfficeKind kind, LocalDate date, LocalDate lastDay) {
      for (Office o : offices) {
        if (o.kind() == kind
            && o.from() != null
            && !date.isBefore(o.from())
            && !date.isAfter(o.to() != null ? o.to() : lastDay)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A period for which the register holds every office of a kind. */
  public record Coverage(LocalDate first, LocalDate last) {
    public boolean covers(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
  }

  private final Map<String, Person> byKey;
  private final Map<String, List<Person>> byFamily;
  private final List<LocalDate> terms;
  private final Map<OfficeKind, Coverage> coverage;

  private PersonRegister(
      Map<String, Person> byKey, List<LocalDate> terms, Map<OfficeKind, Coverage> coverage) {
    this.byKey = Collections.unmodifiableMap(byKey);
    Map<String, List<Person>> families = new HashMap<>();
    byKey
        .values()
        .forEach(
            p ->
                families.computeIfAbsent(familyKey(p.familyName()), k -> new ArrayList<>()).add(p));
    this.byFamily = families;
    this.terms = List.copyOf(terms);
    this.coverage = Map.copyOf(coverage);
  }

  /** The bundled register. */
  public static PersonRegister load() {
    Map<String, List<Office>> offices = new HashMap<>();
    rows(
        "offices.tsv",
        r ->
            offices
                .computeIfAbsent(r[0], k -> new ArrayList<>())
                .add(
                    new Office(
                        r[1].equals("seat") ? OfficeKind.SEAT : OfficeKind.POST,
                        r[2],
                        r[3],
                        date(r[4]),
                        date(r[5]))));
    Map<String, Person> persons = new LinkedHashMap<>();
    rows(
        "persons.tsv",
        r ->
            persons.put(
                r[0],
                new Person(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    List.copyOf(offices.getOrDefault(r[0], List.of())),
                    r.length > 9 && !r[9].isEmpty() ? List.of(r[9].split("\\|")) : List.of())));
    List<LocalDate> terms = new ArrayList<>();
    Map<OfficeKind, Coverage> coverage = new TreeMap<>();
    rows(
        "periods.tsv",
        r -> {
          switch (r[0]) {
            case "term" -> terms.add(LocalDate.parse(r[1]));
            case "coverage" ->
                coverage.put(
                    OfficeKind.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)),
                    new Coverage(LocalDate.parse(r[2]), LocalDate.parse(r[3])));
            default -> throw new IllegalStateException("periods.tsv: unknown row " + r[0]);
          }
        });
    terms.sort(null);
    return new PersonRegister(persons, terms, coverage);
  }

  /** A person key: family name and first name (or initials) as IRI-safe words. */
  public static String key(String familyName, String givenOrInitials) {
    String family = Slugs.slug(familyName);
    return givenOrInitials == null || givenOrInitials.isBlank()
        ? family
        : family + "-" + Slugs.slug(givenOrInitials);
  }

  /** The comparison key of a family name: case, diacritics, spacing and hyphens aside. */
  public static String familyKey(String familyName) {
    return Slugs.slug(familyName);
  }

  /** Every person of the register, in key order. */
  public List<Person> persons() {
    return byKey.values().stream().sorted(java.util.Comparator.comparing(Person::key)).toList();
  }

  /** The persons with this family name (tussenvoegsel included). */
  public List<Person> withFamilyName(String familyName) {
    return byFamily.getOrDefault(familyKey(familyName), List.of());
  }

  public Optional<Person> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The period for which every office of {@code kind} is in the register. */
  public Coverage coverage(OfficeKind kind) {
    return coverage.get(kind);
  }

  /** The first day of the Kamer term {@code date} falls in, or empty before the first known one. */
  public Optional<LocalDate> termOf(LocalDate date) {
    LocalDate found = null;
    for (LocalDate t : terms) {
      if (!t.isAfter(date)) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  private static void rows(String name, Consumer<String[]> row) {
    DataFiles.referenceRows(name).forEach(row);
  }
}
