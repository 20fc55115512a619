package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.kamergraph.extract.ExtractionContext;
import org.w3id.kamergraph.extract.Extractor;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.EntityKind;
import org.w3id.kamergraph.model.NamedMention;
import org.w3id.kamergraph.reference.Gazetteer;

/**
 * The named-thing extractors on passages none of them was written for ({@code
 * kamergraph/names/unseen-names.txt}): every case must yield exactly its names, and {@link
 * #figures()} prints precision and recall over all cases, the "unseen" figure of the name rules.
 */
class UnseenNamesTest {
  private static final String RESOURCE = "/kamergraph/names/unseen-names.txt";
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  // the parties and ministries, as extraction has them: a listed party is no organisation
  private static final org.w3id.kamergraph.reference.Lexicon LEXICON =
      org.w3id.kamergraph.rdf.ReferenceData.load().lexicon();
  private static final List<Extractor> EXTRACTORS = NameExtractors.create(GAZETTEER);
  private static final Set<EntityKind> NAMED =
      Set.of(EntityKind.PROGRAMME, EntityKind.REPORT, EntityKind.ORGANISATION);

  /** A name of a kind, compared by the gazetteer's label when it knows the name. */
  record Name(EntityKind kind, String label) {
    static Name of(EntityKind kind, String written) {
      String label = GAZETTEER.find(written).map(e -> e.label()).orElse(written);
      return new Name(kind, label.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * One passage, the names it must yield, those it may miss ({@code missable}, counted as expected
   * in the figures) and wrong ones it may yield ({@code tolerated}, counted as extras); {@code
   * line} is where it starts in the file.
   */
  record Case(int line, String text, Set<Name> expected, Set<Name> missable, Set<Name> tolerated) {
    /** Whether {@code found} is what the case asks: its names, less any it may miss. */
    boolean met(Set<Name> found) {
      Set<Name> must = new LinkedHashSet<>(expected);
      must.removeAll(missable);
      Set<Name> may = new LinkedHashSet<>(expected);
      may.addAll(tolerated);
      return found.containsAll(must) && may.containsAll(found);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseYieldsExactlyItsNames() throws IOException {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    "line " + c.line() + ": " + abbreviate(c.text()),
                    () -> {
                      Set<Name> found = found(c);
                      assertThat(c.met(found))
                          .as(
                              "%s%nmissed %s%nextra %s",
                              c.text(), minus(c.expected(), found), minus(found, c.expected()))
                          .isTrue();
                    }));
  }

  @Test
  void figures() throws IOException {
    Map<EntityKind, int[]> counts = new EnumMap<>(EntityKind.class);
    int[] any = new int[3];
    for (Case c : cases()) {
      Set<Name> found = found(c);
      for (EntityKind k : NAMED) {
        int[] n = counts.computeIfAbsent(k, x -> new int[3]);
        Set<Name> f = ofKind(found, k);
        Set<Name> e = ofKind(c.expected(), k);
        n[0] += intersection(f, e);
        n[1] += f.size();
        n[2] += e.size();
      }
      Set<String> fl = labels(found);
      Set<String> el = labels(c.expected());
      any[0] += intersection(fl, el);
      any[1] += fl.size();
      any[2] += el.size();
    }
    StringBuilder out = new StringBuilder("unseen names (tp/pred/gold):\n");
    counts.forEach((k, n) -> out.append(row(k.name().toLowerCase(Locale.ROOT), n)));
    out.append(row("named_any_type", any));
    System.out.print(out);
    assertThat(any[2]).isPositive();
  }

  private static String row(String field, int[] n) {
    double p = n[1] == 0 ? 1 : (double) n[0] / n[1];
    double r = n[2] == 0 ? 1 : (double) n[0] / n[2];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(
        Locale.ROOT, "  %-16s P %.3f R %.3f F1 %.3f  %d/%d/%d%n", field, p, r, f, n[0], n[1], n[2]);
  }

  private static Set<Name> found(Case c) {
    ExtractionContext context = MentionCollector.context("unseen", c.text(), LEXICON);
    DocumentFacts.Builder sink = new DocumentFacts.Builder(context.document());
    EXTRACTORS.forEach(x -> x.extract(context, sink));
    Set<Name> out = new LinkedHashSet<>();
    for (NamedMention m : sink.build().mentions()) {
      if (NAMED.contains(m.kind())) {
        out.add(Name.of(m.kind(), m.label()));
      }
    }
    return out;
  }

  private static Set<Name> ofKind(Set<Name> names, EntityKind kind) {
    Set<Name> out = new LinkedHashSet<>();
    names.stream().filter(n -> n.kind() == kind).forEach(out::add);
    return out;
  }

  private static Set<String> labels(Set<Name> names) {
    Set<String> out = new LinkedHashSet<>();
    names.forEach(n -> out.add(n.label()));
    return out;
  }

  private static Set<Name> minus(Set<Name> a, Set<Name> b) {
    Set<Name> out = new LinkedHashSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static <T> int intersection(Set<T> a, Set<T> b) {
    return (int) a.stream().filter(b::contains).count();
  }

  private static String abbreviate(String text) {
    String one = text.replace('\n', ' ');
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  /** The cases of the resource file; a malformed line fails with its line number. */
  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    InputStream in = UnseenNamesTest.class.getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE).isNotNull();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder text = null;
      Set<Name> names = new LinkedHashSet<>();
      Set<Name> missable = new LinkedHashSet<>();
      Set<Name> tolerated = new LinkedHashSet<>();
      int start = 0;
      int number = 0;
      boolean continues = false;
      String line;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("> ")) {
          // a text line right after another continues its case; any other opens a new one
          if (continues) {
            text.append('\n').append(line.substring(2));
          } else {
            if (text != null) {
              out.add(new Case(start, text.toString(), names, missable, tolerated));
            }
            text = new StringBuilder(line.substring(2));
            names = new LinkedHashSet<>();
            missable = new LinkedHashSet<>();
            tolerated = new LinkedHashSet<>();
            start = number;
          }
          continues = true;
          continue;
        }
        continues = false;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (text == null || cols.length != 2) {
          throw new IllegalStateException(
              RESOURCE + ":" + number + ": expected \"KIND<TAB>name\" after a case: " + line);
        }
        char mark = cols[0].charAt(0);
        String kind = mark == '?' || mark == '!' ? cols[0].substring(1) : cols[0];
        Name name = Name.of(EntityKind.valueOf(kind.strip()), cols[1].strip());
        if (mark == '!') {
          tolerated.add(name);
        } else {
          names.add(name);
        }
        if (mark == '?') {
          missable.add(name);
        }
      }
      if (text != null) {
        out.add(new Case(start, text.toString(), names, missable, tolerated));
      }
    }
    return out;
  }
}
