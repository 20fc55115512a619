package org.w3id.kamergraph.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The government organisations of the TOOI registers (agencies, ZBOs, water boards, provinces,
 * municipalities; current and historic) bundled in {@code kamergraph/reference/organisations.tsv},
 * each with its TOOI id: the identifier.overheid.nl IRI the register gives it.
 */
public final class OrganisationRegister {
  /**
   * One organisation of the register.
   *
   * @param tooi its TOOI id, an {@code https://identifier.overheid.nl/tooi/id/…} IRI
   * @param kind the register's kind ({@code Zbo}, {@code Gemeente}, …)
   * @param name its name as the register gives it
   * @param abbreviation the register's abbreviation, or empty
   * @param otherNames its official and other names besides {@code name}
   */
  public record Organisation(
      String tooi, String kind, String name, String abbreviation, List<String> otherNames) {
    public Organisation {
      otherNames = List.copyOf(otherNames);
    }

    /** The name followed by the other names: every full name it is written as. */
    public List<String> names() {
      List<String> all = new ArrayList<>(List.of(name));
      all.addAll(otherNames);
      return List.copyOf(all);
    }
  }

  private static final String PREFIX = "https://identifier.overheid.nl/tooi/id/";

  private OrganisationRegister() {}

  /** The organisations of the bundled register. */
  public static List<Organisation> load() {
    List<Organisation> out = new ArrayList<>();
    int row = 0;
    for (String[] cols : DataFiles.referenceRows("organisations.tsv")) {
      row++;
      if (cols.length < 5 || !cols[0].startsWith(PREFIX) || cols[2].isBlank()) {
        throw new IllegalStateException(
            "kamergraph/reference/organisations.tsv: data row "
                + row
                + " is not \"TOOI id, kind, name, abbreviation, other names, from, to\"");
      }
      List<String> others =
          cols[4].isBlank()
              ? List.of()
              : Arrays.stream(cols[4].split("\\|")).map(String::strip).toList();
      out.add(new Organisation(cols[0], cols[1], cols[2].strip(), cols[3].strip(), others));
    }
    return List.copyOf(out);
  }
}
