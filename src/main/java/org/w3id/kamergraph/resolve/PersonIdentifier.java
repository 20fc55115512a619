package org.w3id.kamergraph.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.w3id.kamergraph.model.PersonName;
import org.w3id.kamergraph.reference.NameParser;
import org.w3id.kamergraph.reference.PersonRegister;
import org.w3id.kamergraph.reference.PersonRegister.OfficeKind;
import org.w3id.kamergraph.reference.PersonRegister.Person;

/**
 * Who a name in a document is: one IRI per real person, never from the party, and never one IRI for
 * two people on a guess. In order:
 *
 * <ol>
 *   <li>A first name or initials in the text that fit exactly one person of the register with that
 *       family name (or, when several fit, exactly one holding the office at the document's date)
 *       identify that person: {@code persoon/de-vries-aukje}.
 *   <li>A first name or initials the register does not know make the key themselves: {@code
 *       persoon/de-vries-klaas}, the same key the register would give.
 *   <li>A family name alone identifies a person of the register only on a date the register is
 *       complete for (seats 2008–2019, posts 2006–2022) and only when exactly one person of that
 *       name held the office (a seat for a member who asks, a post for who is asked or answers).
 *   <li>Otherwise the name stays what the text says: the person of that family name who acted in
 *       that role in that Kamer term ({@code persoon/de-vries/tk1998/bewindspersoon}), typed {@code
 *       kg:UnidentifiedPerson}. Within a term the Kamer writes first names to tell members of one
 *       surname apart, so this never joins two members; it may split one person over terms, and the
 *       query {@code ambiguous-names} lists these names with the register's candidates.
 * </ol>
 *
 * Thread-safe.
 */
public final class PersonIdentifier {
  /** The role a person acts in within the document. */
  public enum Role {
    /** A member of the Tweede Kamer who asks. */
    MEMBER("lid", OfficeKind.SEAT),
    /** A minister or staatssecretaris who is asked or answers. */
    OFFICE_HOLDER("bewindspersoon", OfficeKind.POST);

    private final String segment;
    private final OfficeKind office;

    Role(String segment, OfficeKind office) {
      this.segment = segment;
      this.office = office;
    }
  }

  /** How a person was told apart. */
  public enum Basis {
    /** A person of the register. */
    REGISTER,
    /** A first name or initials written in the text. */
    NAMED_IN_TEXT,
    /** A family name alone, within one Kamer term and role. */
    FAMILY_NAME_ONLY
  }

  /**
   * Who the name is.
   *
   * @param key the person key ({@code de-vries-aukje}), or for {@link Basis#FAMILY_NAME_ONLY} the
   *     family name with its term and role ({@code de-vries/tk1998/bewindspersoon})
   * @param name the name as complete as the text or the register allows
   * @param person the register's person, or null
   * @param candidates for a family name alone: the register's persons of that name who ever held
   *     the role's office, any of whom it may be (the analyst decides; nothing is merged)
   */
  public record Identity(
      String key, PersonName name, Basis basis, Person person, List<Person> candidates) {}

  private final PersonRegister register;
  private final Function<String, Set<String>> partyIris;

  /**
   * @param partyIris the IRIs a member of a party (by name or abbreviation, as the register writes
   *     it) may ask for: the party's own and its later joint fracties'; empty for an unknown name
   */
  public PersonIdentifier(PersonRegister register, Function<String, Set<String>> partyIris) {
    this.register = register;
    this.partyIris = partyIris;
  }

  /**
   * Who {@code name}, acting as {@code role} in a document of {@code date} (may be null) for the
   * party {@code party} (an IRI, or null), is. A register person whose known parties do not include
   * the party written is not that person: "Schouten (CDA)" is not Carola Schouten (ChristenUnie).
   */
  public Identity identify(PersonName name, Role role, LocalDate date, String party) {
    List<Person> allNamesakes = register.withFamilyName(name.familyName());
    List<Person> namesakes =
        allNamesakes.stream().filter(p -> party == null || compatible(p, party)).toList();
    String given = name.givenName();
    String term =
        date == null
            ? "onbekend"
            : register.termOf(date).map(t -> "tk" + t.getYear()).orElse("voor-1998");
    if (given != null && !given.isBlank()) {
      List<Person> named =
          allNamesakes.stream()
              .filter(
                  p ->
                      NameParser.isInitials(given)
                          ? sameInitials(p, given)
                          : sameFirstName(p, given))
              .toList();
      // on a date the register is complete for, a namesake who did not hold the office then is
      // someone else; so is one whose known parties exclude the party written
      List<Person> fit =
          named.stream()
              .filter(p -> party == null || compatible(p, party))
              .filter(p -> !covered(role, date) || holds(p, role, date))
              .toList();
      Optional<Person> one = single(fit);
      if (one.isPresent()) {
        return registered(one.get());
      }
      String key = PersonRegister.key(name.familyName(), given);
      if (!named.isEmpty() || register.byKey(key).isPresent()) {
        // the register's person of that name is ruled out (or several fit): this one must not
        // get their IRI, so the key is kept to the term and role it was found in
        key = key + "/" + term + "/" + role.segment;
      }
      return new Identity(key, name, Basis.NAMED_IN_TEXT, null, List.of());
    }
    if (date != null && register.coverage(role.office).covers(date)) {
      Optional<Person> one = single(holding(namesakes, role, date));
      if (one.isPresent()) {
        return registered(one.get());
      }
    }
    // candidates whatever their parties: a member who changed party may be any of them
    List<Person> candidates =
        allNamesakes.stream()
            .filter(p -> p.offices().stream().anyMatch(o -> o.kind() == role.office))
            .toList();
    return new Identity(
        PersonRegister.familyKey(name.familyName()) + "/" + term + "/" + role.segment,
        name,
        Basis.FAMILY_NAME_ONLY,
        null,
        candidates);
  }

  private Identity registered(Person p) {
    return new Identity(
        p.key(),
        new PersonName(
            p.fullName(), p.familyName(), p.givenName().isEmpty() ? p.initials() : p.givenName()),
        Basis.REGISTER,
        p,
        List.of());
  }

  private boolean covered(Role role, LocalDate date) {
    return date != null && register.coverage(role.office).covers(date);
  }

  private boolean holds(Person p, Role role, LocalDate date) {
    return p.held(role.office, date, register.coverage(role.office).last());
  }

  /** The candidates who held the role's office on a date the register is complete for. */
  private List<Person> holding(List<Person> candidates, Role role, LocalDate date) {
    if (!covered(role, date)) {
      return List.of();
    }
    return candidates.stream().filter(p -> holds(p, role, date)).toList();
  }

  /** Whether the person's known parties include {@code party}, or none is known. */
  private boolean compatible(Person p, String party) {
    List<String> known =
        p.parties().stream().flatMap(name -> partyIris.apply(name).stream()).distinct().toList();
    return known.isEmpty() || known.contains(party);
  }

  private static Optional<Person> single(List<Person> people) {
    return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
  }

  private static boolean sameInitials(Person p, String given) {
    return !p.initials().isEmpty() && letters(p.initials()).equals(letters(given));
  }

  private static boolean sameFirstName(Person p, String given) {
    return !p.givenName().isEmpty() && IriMinter.slug(p.givenName()).equals(IriMinter.slug(given));
  }

  private static String letters(String initials) {
    return initials.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
  }
}
