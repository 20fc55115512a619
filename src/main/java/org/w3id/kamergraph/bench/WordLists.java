package org.w3id.kamergraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The word lists behind a synthetic corpus, read from {@code kamergraph/bench/} resources: data,
 * not code. Parties and ministries carry the period they existed in, so a generated document names
 * only what existed on its date.
 */
record WordLists(
    List<String> surnames,
    List<Dated> parties,
    List<Dated> ministries,
    List<String> organisations,
    List<String> questions,
    List<String> answers,
    List<String> topics,
    List<String> places) {

  /**
   * A name valid from {@code from} to {@code to} (inclusive; null = open); {@code alt}: a second
   * form.
   */
  record Dated(String name, String alt, LocalDate from, LocalDate to) {
    boolean validOn(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  static WordLists load() {
    return new WordLists(
        lines("surnames.txt"),
        dated("parties.tsv", false),
        dated("ministries.tsv", true),
        lines("organisations.txt"),
        lines("questions.txt"),
        lines("answers.txt"),
        lines("topics.txt"),
        lines("places.txt"));
  }

  /** The names valid on {@code d}, in list order. */
  static List<Dated> on(List<Dated> names, LocalDate d) {
    return names.stream().filter(n -> n.validOn(d)).toList();
  }

  private static List<Dated> dated(String resource, boolean withAlt) {
    List<Dated> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t", -1);
      int i = withAlt ? 2 : 1;
      out.add(
          new Dated(
              f[0],
              withAlt ? f[1] : f[0],
              f.length > i && !f[i].isBlank() ? LocalDate.parse(f[i].strip()) : null,
              f.length > i + 1 && !f[i + 1].isBlank() ? LocalDate.parse(f[i + 1].strip()) : null));
    }
    return List.copyOf(out);
  }

  private static List<String> lines(String resource) {
    String path = "/kamergraph/bench/" + resource;
    try (InputStream in =
        Objects.requireNonNull(
            WordLists.class.getResourceAsStream(path), () -> "missing resource " + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
