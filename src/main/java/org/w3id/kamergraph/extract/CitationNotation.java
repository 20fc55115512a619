package org.w3id.kamergraph.extract;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One way of writing a Kamerstuk citation: a rule of {@link KamerstukGrammar}. Its pattern names
 * the parts of a citation with groups: {@code c}, the citation's extent (the span given for
 * provenance); {@code dossier}; {@code sub} or {@code subs}, the sub-number or suffix; and either
 * {@code number}, one document, or {@code numbers}, the list after a plural marker that {@link
 * NumberList} reads. A pattern has only the groups its notation needs.
 *
 * @param name what the notation is called
 * @param example a citation written this way, which the notation must read
 * @param pattern the compiled pattern
 * @param groups the names of the pattern's groups
 * @param checked whether the dossier must lie in the range Kamerstukken use ({@code false} for
 *     official identifiers, which are taken as written)
 * @param outsideLinks whether a match inside a web address or file name is refused
 */
record CitationNotation(
    String name,
    String example,
    Pattern pattern,
    Set<String> groups,
    boolean checked,
    boolean outsideLinks) {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  CitationNotation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(pattern, "pattern");
    groups = Set.copyOf(groups);
    if (!groups.contains("c") || !groups.contains("dossier")) {
      throw new IllegalArgumentException(name + ": a notation needs the groups c and dossier");
    }
  }

  /**
   * A notation read from running text: its dossier must lie in the range Kamerstukken use, and with
   * {@code outsideLinks} a match inside a web address or file name is refused. Multi-line, so that
   * {@code ^} is the start of any line.
   */
  static CitationNotation text(String name, String example, String regex, boolean outsideLinks) {
    Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
    return new CitationNotation(name, example, p, groupsOf(regex), true, outsideLinks);
  }

  /** An official identifier, taken as written wherever it stands, links included. */
  static CitationNotation identifier(String name, String example, String regex) {
    return new CitationNotation(
        name, example, Pattern.compile(regex), groupsOf(regex), false, false);
  }

  /** The text of the first of the groups {@code names} that this match has, or {@code null}. */
  String group(Matcher m, String... names) {
    for (String name : names) {
      if (groups.contains(name) && m.group(name) != null) {
        return m.group(name);
      }
    }
    return null;
  }

  /** An alternation of literal words, longest first so that "nrs." is not read as "nr". */
  static String anyOf(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static Set<String> groupsOf(String regex) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = GROUP_NAME.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
