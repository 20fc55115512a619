package org.w3id.kamergraph.reference;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.kamergraph.model.EntityKind;

/**
 * The known programmes, reports and organisations, read from tab-separated data files (key,
 * preferred label, aliases separated by {@code |}; lines starting with {@code #} are comments).
 * Immutable and thread-safe once built.
 */
public final class Gazetteer {
  /** Compiled once: every name of every entry is keyed with it, some 3,000 at start-up. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byName = new HashMap<>();
  private final Map<String, GazetteerEntry> byWritten = new HashMap<>();

  public Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GazetteerEntry e : this.entries) {
      for (String n : e.names()) {
        byName.putIfAbsent(squash(n), e);
        byWritten.putIfAbsent(written(n), e);
      }
    }
  }

  /**
   * The gazetteer of the data files shipped with kamergraph, with the government organisations of
   * the TOOI registers ({@link OrganisationRegister}).
   */
  public static Gazetteer load() {
    List<GazetteerEntry> all = new ArrayList<>();
    all.addAll(DataFiles.load("organisations.tsv", in -> parse(EntityKind.ORGANISATION, in)));
    all.addAll(DataFiles.load("programmes.tsv", in -> parse(EntityKind.PROGRAMME, in)));
    all.addAll(DataFiles.load("reports.tsv", in -> parse(EntityKind.REPORT, in)));
    return new Gazetteer(withRegister(all, OrganisationRegister.load()));
  }

  /**
   * The entries with the register's organisations: one the gazetteer knows by one of its full names
   * gets its TOOI id; another becomes an entry of its own, known by its full names and its
   * abbreviation if that is {@linkplain #distinctive distinctive}. Other abbreviations are not
   * taken: many are short and local ("RUD", "WSD"), and such an abbreviation is recognised where
   * the gazetteer lists it or the document defines it.
   */
  static List<GazetteerEntry> withRegister(
      List<GazetteerEntry> entries, List<OrganisationRegister.Organisation> register) {
    List<GazetteerEntry> out = new ArrayList<>(entries);
    Map<String, Integer> byName = new HashMap<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      keys.add(out.get(i).key());
      if (out.get(i).kind() == EntityKind.ORGANISATION) {
        for (String n : out.get(i).names()) {
          byName.putIfAbsent(squash(n), i);
        }
      }
    }
    Map<String, Long> abbreviations =
        register.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    OrganisationRegister.Organisation::abbreviation,
                    java.util.stream.Collectors.counting()));
    for (OrganisationRegister.Organisation o : register) {
      Integer known =
          o.names().stream()
              .map(n -> byName.get(squash(n)))
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (known != null) {
        if (out.get(known).tooi().isEmpty()) {
          out.set(known, out.get(known).withTooi(o.tooi()));
        }
        continue;
      }
      String key = Slugs.slug(o.name());
      if (!keys.add(key)) {
        key = key + "-" + o.tooi().substring(o.tooi().lastIndexOf('/') + 1);
        keys.add(key);
      }
      List<String> aliases =
          new ArrayList<>(o.otherNames().stream().filter(n -> !n.equals(o.name())).toList());
      if (distinctive(o.abbreviation(), abbreviations)
          && !byName.containsKey(squash(o.abbreviation()))) {
        aliases.add(o.abbreviation());
      }
      out.add(new GazetteerEntry(EntityKind.ORGANISATION, key, o.name(), aliases, o.tooi()));
      for (String n : o.names()) {
        byName.putIfAbsent(squash(n), out.size() - 1);
      }
    }
    return out;
  }

  /**
   * Whether a register abbreviation names its organisation wherever it stands: four characters or
   * more, letters and digits only, two capitals at least ({@code NVAO}, {@code CvTE}, {@code
   * COGEM}), and no other organisation of the register has it. Shorter ones ({@code RCE}, {@code
   * KB}) stand for too many other things. {@code counts} tells how many organisations of the
   * register have each abbreviation.
   */
  static boolean distinctive(String abbreviation, Map<String, Long> counts) {
    if (abbreviation.length() < 4
        || !abbreviation.chars().allMatch(Character::isLetterOrDigit)
        || abbreviation.chars().filter(Character::isUpperCase).count() < 2) {
      return false;
    }
    return counts.getOrDefault(abbreviation, 0L) == 1;
  }

  /** Parses one data file; every entry gets {@code kind}. */
  public static List<GazetteerEntry> parse(EntityKind kind, Reader in) throws IOException {
    List<GazetteerEntry> out = new ArrayList<>();
    for (String[] cols : DataFiles.rows(in)) {
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IOException("bad gazetteer line: " + String.join("\t", cols));
      }
      List<String> aliases =
          cols.length > 2 && !cols[2].isBlank()
              ? Arrays.stream(cols[2].split("\\|"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList()
              : List.of();
      out.add(new GazetteerEntry(kind, cols[0].strip(), cols[1].strip(), aliases, ""));
    }
    return out;
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entry one of whose names is {@code written}, ignoring case and spacing. */
  public Optional<GazetteerEntry> find(String written) {
    return Optional.ofNullable(byName.get(squash(written)));
  }

  /**
   * The entry one of whose names is {@code written} word for word, ignoring case: the names the
   * gazetteer's matcher finds in a text as they stand ("Expertise Netwerk" is not
   * "Expertisenetwerk").
   */
  public Optional<GazetteerEntry> findAsWritten(String written) {
    return Optional.ofNullable(byWritten.get(written(written)));
  }

  private static String written(String s) {
    return WHITESPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
  }

  private static String squash(String s) {
    return WHITESPACE.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
  }
}
