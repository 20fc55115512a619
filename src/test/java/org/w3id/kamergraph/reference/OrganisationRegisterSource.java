package org.w3id.kamergraph.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Makes the bundled register of government organisations ({@code
 * kamergraph/reference/organisations.tsv}) from the shared TOOI registers ({@code
 * organisations.csv}): agencies ({@code Overheidsorganisatie}), ZBOs, water boards, provinces and
 * municipalities, current and historic, with their TOOI id, name, abbreviation, other names and
 * dates. Partnerships of municipalities and clusters are left out: their names are many, local and
 * rarely in Kamervragen.
 */
final class OrganisationRegisterSource {
  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  /**
   * Left out: the Tweede Kamer and the Verenigde Vergadering are the frame every document stands in
   * (the Kamer asks, its members are the askers), not an organisation a document names.
   */
  private static final Set<String> FRAME =
      Set.of(
          "https://identifier.overheid.nl/tooi/id/oorg/oorg10000",
          "https://identifier.overheid.nl/tooi/id/oorg/oorg10002");

  private static final Set<String> KINDS =
      Set.of("Overheidsorganisatie", "Zbo", "Waterschap", "Provincie", "Gemeente");

  static final String HEADER =
      """
      # Government organisations with their TOOI ids, made by OrganisationRegisterSource (src/test)
      # from ../shared/reference-data/organisations.csv: the TOOI registers of identifier.overheid.nl
      # (open government data) as published 2026-01; see NOTICE.md here. Do not edit by hand:
      # regenerate. Columns: TOOI id, kind, name, abbreviation, other names (|), from, to.
      """;

  private OrganisationRegisterSource() {}

  /**
   * Writes the register made from {@code args[0]} (the reference-data folder) to {@code args[1]}.
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
  }

  /** The register's content made from the reference-data folder {@code dir}. */
  static String generate(Path dir) throws IOException {
    StringBuilder out = new StringBuilder(HEADER);
    List<String> lines = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(dir.resolve("organisations.csv"))) {
      for (CSVRecord rec : CSV.parse(r)) {
        String kind = kind(rec.get("kind"));
        String tooi = rec.get("tooi");
        if (kind == null
            || !tooi.startsWith("https://identifier.overheid.nl/tooi/id/")
            || FRAME.contains(tooi)) {
          continue;
        }
        List<String> others = new ArrayList<>();
        for (String n :
            (rec.get("official_name") + "|" + rec.get("alternative_names")).split("\\|")) {
          String s = clean(n);
          if (!s.isEmpty() && !s.equals(clean(rec.get("name"))) && !others.contains(s)) {
            others.add(s);
          }
        }
        lines.add(
            String.join(
                "\t",
                tooi,
                kind,
                clean(rec.get("name")),
                clean(rec.get("abbreviation")),
                String.join("|", others),
                rec.get("from").strip(),
                rec.get("to").strip()));
      }
    }
    lines.sort(null);
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  /** The kind kept for a register kind ("HistorischeVersie|Zbo" is a ZBO), or null. */
  private static String kind(String kinds) {
    for (String k : kinds.split("\\|")) {
      if (KINDS.contains(k)) {
        return k;
      }
    }
    return null;
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
