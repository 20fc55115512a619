package org.w3id.kamergraph.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Makes the bundled person register ({@code src/main/resources/kamergraph/reference/persons.tsv}
 * and {@code offices.tsv}) from the shared reference data ({@code persons.csv}, {@code
 * person_links.csv}, {@code members.csv}, {@code cabinet_posts.csv}, {@code
 * qa_shared_identifiers.csv}), so the bundled files can be checked against their source and made
 * again when it changes: {@code PersonRegisterSourceTest} compares them, and {@link #main} writes
 * them.
 *
 * <p>The two sources describe many people twice (openkamer and ParlaMint-NL). Records are one
 * person when they share a Wikidata id, when the crosswalk links them (same Wikipedia article), or
 * when surname, first initial and birth date all agree; nothing else joins them. A TK GUID given to
 * two people is dropped.
 */
final class PersonRegisterSource {
  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private PersonRegisterSource() {}

  /**
   * Writes the register made from {@code args[0]} (the reference-data folder) into {@code args[1]}.
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> files = generate(Path.of(args[0]));
    for (var e : files.entrySet()) {
      Files.writeString(Path.of(args[1]).resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The register's files (name → content) made from the reference-data folder {@code dir}. */
  static Map<String, String> generate(Path dir) throws IOException {
    List<CSVRecord> persons = read(dir.resolve("persons.csv"));
    List<CSVRecord> members = read(dir.resolve("members.csv"));
    List<CSVRecord> posts = read(dir.resolve("cabinet_posts.csv"));
    Set<String> sharedGuids = new HashSet<>();
    for (CSVRecord r : read(dir.resolve("qa_shared_identifiers.csv"))) {
      if (r.get("identifier_kind").equals("tk_guid")) {
        sharedGuids.add(r.get("identifier"));
      }
    }
    // only people who held a seat or a post: the sources also list committees and placeholders
    // as persons ("vaste commissie voor …", "n.v.t."), and only an office can identify someone
    Set<String> withOffice = new HashSet<>();
    Map<String, Set<String>> partiesOf = new HashMap<>();
    for (CSVRecord r : members) {
      if (r.get("record_type").equals("party_membership")) {
        Set<String> ps =
            partiesOf.computeIfAbsent(r.get("person_id"), k -> new java.util.TreeSet<>());
        for (String v : List.of(r.get("party_abbrev"), r.get("party_name"))) {
          if (!v.isBlank()) {
            ps.add(v.strip());
          }
        }
      }
      if (r.get("record_type").equals("parliament_membership")
          && r.get("body").equals("Tweede Kamer")) {
        withOffice.add(r.get("person_id"));
      }
    }
    for (CSVRecord r : posts) {
      withOffice.add(r.get("person_id"));
    }
    persons =
        persons.stream()
            .filter(r -> withOffice.contains(r.get("person_id")) && !r.get("surname").isBlank())
            .toList();
    Map<String, CSVRecord> byId = new LinkedHashMap<>();
    persons.forEach(r -> byId.put(r.get("person_id"), r));
    Map<String, String> parent = new HashMap<>();
    byId.keySet().forEach(id -> parent.put(id, id));
    Map<String, String> firstByWikidata = new HashMap<>();
    Map<String, String> firstByNameAndBirth = new HashMap<>();
    for (CSVRecord r : persons) {
      String id = r.get("person_id");
      String wd = r.get("wikidata");
      if (!wd.isEmpty()) {
        union(parent, id, firstByWikidata.computeIfAbsent(wd, k -> id));
      }
      String birth = r.get("birthdate");
      String initial = initial(r);
      if (!birth.isEmpty() && !initial.isEmpty()) {
        String key = norm(family(r)) + "|" + initial + "|" + birth;
        union(parent, id, firstByNameAndBirth.computeIfAbsent(key, k -> id));
      }
    }
    for (CSVRecord r : read(dir.resolve("person_links.csv"))) {
      String a = r.get("parlamint_person_id");
      String b = r.get("openkamer_person_id");
      if (byId.containsKey(a) && byId.containsKey(b)) {
        union(parent, a, b);
      }
    }
    Map<String, List<CSVRecord>> groups = new TreeMap<>();
    for (CSVRecord r : persons) {
      groups.computeIfAbsent(find(parent, r.get("person_id")), k -> new ArrayList<>()).add(r);
    }
    // one row per person; the openkamer record first (it has initials and TK GUIDs)
    List<String[]> rows = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    Map<String, List<String[]>> byBaseKey = new TreeMap<>();
    for (List<CSVRecord> g : groups.values()) {
      g.sort(
          (x, y) -> {
            boolean ox = x.get("person_id").startsWith("openkamer:");
            boolean oy = y.get("person_id").startsWith("openkamer:");
            return ox == oy ? x.get("person_id").compareTo(y.get("person_id")) : ox ? -1 : 1;
          });
      String family = capitalise(family(g.get(0)));
      String given = first(g, "first_name");
      String initials = first(g, "initials");
      String birth = first(g, "birthdate");
      Set<String> wikidata = values(g, "wikidata");
      Set<String> guids = values(g, "tk_guid");
      guids.removeAll(sharedGuids);
      String[] row = {
        null,
        family,
        given,
        initials,
        birth,
        wikidata.size() == 1 ? wikidata.iterator().next() : "",
        guids.size() == 1 ? guids.iterator().next() : "",
        first(g, "parlement_com_id"),
        String.join(" ", g.stream().map(r -> r.get("person_id")).toList()),
        String.join(
            "|",
            g.stream()
                .flatMap(r -> partiesOf.getOrDefault(r.get("person_id"), Set.of()).stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))
      };
      String base = PersonRegister.key(family, given.isEmpty() ? initials : given);
      byBaseKey.computeIfAbsent(base, k -> new ArrayList<>()).add(row);
    }
    for (var e : byBaseKey.entrySet()) {
      // namesakes are told apart by birth year, by birth date when the year is shared too, and
      // by their source record when nothing else differs (two records the sources do not join)
      Map<String, Integer> years = new HashMap<>();
      Map<String, Integer> dates = new HashMap<>();
      e.getValue().forEach(row -> years.merge(year(row[4]), 1, Integer::sum));
      e.getValue().forEach(row -> dates.merge(row[4], 1, Integer::sum));
      for (String[] row : e.getValue()) {
        String key = e.getKey();
        if (e.getValue().size() > 1) {
          key +=
              "-"
                  + (years.get(year(row[4])) == 1
                      ? year(row[4])
                      : dates.get(row[4]) == 1 && !row[4].isEmpty()
                          ? row[4]
                          : Slugs.slug(row[8].split(" ")[0]));
        }
        row[0] = key;
        for (String id : row[8].split(" ")) {
          keyOf.put(id, key);
        }
        rows.add(row);
      }
    }
    rows.sort((a, b) -> a[0].compareTo(b[0]));
    StringBuilder p = new StringBuilder(PERSONS_HEADER);
    for (String[] row : rows) {
      p.append(String.join("\t", row)).append('\n');
    }
    List<String> offices = new ArrayList<>();
    for (CSVRecord r : members) {
      if (r.get("record_type").equals("parliament_membership")
          && r.get("body").equals("Tweede Kamer")
          && keyOf.containsKey(r.get("person_id"))) {
        offices.add(
            String.join(
                "\t",
                keyOf.get(r.get("person_id")),
                "seat",
                "lid van de Tweede Kamer",
                "",
                r.get("from"),
                r.get("to"),
                r.get("person_id")));
      }
    }
    for (CSVRecord r : posts) {
      if (keyOf.containsKey(r.get("person_id"))) {
        offices.add(
            String.join(
                "\t",
                keyOf.get(r.get("person_id")),
                "post",
                r.get("post label as written"),
                r.get("ministry"),
                r.get("from"),
                r.get("to"),
                r.get("person_id")));
      }
    }
    offices.sort(null);
    StringBuilder o = new StringBuilder(OFFICES_HEADER);
    offices.forEach(line -> o.append(line).append('\n'));
    Map<String, String> files = new TreeMap<>();
    files.put("persons.tsv", p.toString());
    files.put("offices.tsv", o.toString());
    return files;
  }

  static final String PERSONS_HEADER =
      """
      # Persons of Dutch national politics, one row per real person, made by
      # PersonRegisterSource (src/test) from ../shared/reference-data (persons.csv,
      # person_links.csv, qa_shared_identifiers.csv): openkamer (MIT, Copyright (c) 2016 The
      # openkamer contributors) and ParlaMint-NL (CC BY 4.0); see NOTICE.md here. Do not edit
      # by hand: regenerate. Columns: key, family name (tussenvoegsel first), first name,
      # initials, birth date, Wikidata id, TK Persoon GUID (never one given to two people),
      # Parlement.com id, source records, the parties the sources name for them (any date).
      """;

  static final String OFFICES_HEADER =
      """
      # Dated offices of the persons in persons.tsv, made by PersonRegisterSource from
      # ../shared/reference-data (members.csv: Tweede Kamer seats; cabinet_posts.csv: ministers
      # and staatssecretarissen), openkamer (MIT) and ParlaMint-NL (CC BY 4.0); see NOTICE.md.
      # Columns: person key, kind (seat or post), label as written, ministry as written, from,
      # to (empty: still held when the source was made), source record.
      """;

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSV.parse(in).getRecords();
    }
  }

  private static String year(String birthDate) {
    return birthDate.length() >= 4 ? birthDate.substring(0, 4) : "onbekend";
  }

  private static String family(CSVRecord r) {
    return (r.get("tussenvoegsel") + " " + r.get("surname")).strip();
  }

  private static String initial(CSVRecord r) {
    String s = !r.get("first_name").isEmpty() ? r.get("first_name") : r.get("initials");
    return s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String norm(String s) {
    return Slugs.slug(s);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String first(List<CSVRecord> g, String column) {
    return g.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).findFirst().orElse("");
  }

  private static Set<String> values(List<CSVRecord> g, String column) {
    Set<String> out = new java.util.TreeSet<>();
    g.forEach(
        r -> {
          if (!r.get(column).isEmpty()) {
            out.add(r.get(column));
          }
        });
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root: the grouping does not depend on the order of rows
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
