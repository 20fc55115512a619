package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House style point 1: the packages are the stages, each allowed to reference only the stages
 * {@link #ALLOWED} lists for it (data flows one way: ingest → layout → extract → resolve → rdf →
 * store/serve, with {@code model} and {@code reference} below), with the root package (the pipeline
 * and loader that assemble them) and {@code cli} on top. No stage references the root package or
 * {@code cli}; the root package does not reference {@code cli}; only {@code cli} knows picocli.
 *
 * <p>Reads the sources: {@code import} lines and fully qualified {@code org.w3id.kamergraph.} names
 * in code (comments and string literals are ignored, so a Javadoc {@code @link} or a logger name
 * does not count). Replaces the ingest-only IngestImportsTest.
 */
class ArchitectureTest {
  /**
   * Each stage and the stages it may reference, besides itself: data flows one way, ingest → layout
   * → extract → resolve → rdf → store/serve, with {@code model} and {@code reference} (the lists
   * every stage reads) below. Written out rather than derived from an order, so widening what a
   * stage may see is a visible change here.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("model", Set.of()),
          // ingest reads word lists too (month names, accented letters, doubled labels) and takes
          // them from reference, their one loader, which itself sees only model
          Map.entry("ingest", Set.of("model", "reference")),
          Map.entry("harvest", Set.of("model", "ingest")),
          Map.entry("layout", Set.of("model", "reference")),
          Map.entry("reference", Set.of("model")),
          Map.entry("extract", Set.of("model", "layout", "reference")),
          Map.entry("resolve", Set.of("model", "reference")),
          Map.entry("rdf", Set.of("model", "reference", "resolve")),
          Map.entry("opendata", Set.of("model", "ingest", "reference", "rdf")),
          Map.entry("link", Set.of("model", "reference", "resolve", "rdf", "opendata")),
          Map.entry("store", Set.of("model", "rdf", "link")),
          Map.entry("export", Set.of("model", "rdf")),
          Map.entry("web", Set.of("model", "rdf", "store", "export")),
          Map.entry("serve", Set.of("model", "store", "web")),
          Map.entry("evaluate", Set.of("model", "ingest", "rdf")),
          Map.entry("bench", Set.of("model")));

  private static final String ROOT = "(root)";
  private static final Pattern PROJECT_REF = Pattern.compile("\\borg\\.w3id\\.kamergraph\\.(\\w+)");
  private static final Pattern PICOCLI = Pattern.compile("\\bpicocli\\.");

  private static final List<Source> sources = new ArrayList<>();

  record Source(Path file, String pkg, String code) {
    /** The stage (first package segment below org.w3id.kamergraph), or ROOT, or "cli". */
    String unit() {
      return unitOf(pkg);
    }
  }

  @BeforeAll
  static void readSources() throws IOException {
    Path main = Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("src/main/java");
    assumeTrue(Files.isDirectory(main), "sources not found at " + main);
    try (Stream<Path> walk = Files.walk(main)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String code = stripCommentsAndStrings(read(p));
        Matcher m = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;").matcher(code);
        assertThat(m.find()).as("package declaration in %s", p).isTrue();
        sources.add(new Source(main.relativize(p), m.group(1), code));
      }
    }
    assertThat(sources).as("main sources").hasSizeGreaterThan(50);
  }

  @Test
  void everyPackageIsAKnownStage() {
    TreeSet<String> unknown = new TreeSet<>();
    for (Source s : sources) {
      String u = s.unit();
      if (!u.equals(ROOT) && !u.equals("cli") && !ALLOWED.containsKey(u)) {
        unknown.add(s.pkg());
      }
    }
    assertThat(unknown).as("packages that are not a stage; add them to ALLOWED").isEmpty();
  }

  @Test
  void stagesReferenceOnlyTheStagesTheyAreAllowed() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      String own = s.unit();
      if (!ALLOWED.containsKey(own)) {
        continue;
      }
      for (String target : references(s)) {
        if (!ALLOWED.get(own).contains(target)) {
          violations.add(s.file() + " (" + own + ") -> " + target);
        }
      }
    }
    assertThat(violations).as("references outside the allowed imports " + ALLOWED).isEmpty();
  }

  @Test
  void theAllowedImportsLeadOneWay() {
    // no stage may reach itself through what it is allowed: the stages stay a layering
    for (String stage : ALLOWED.keySet()) {
      Set<String> reached = new TreeSet<>();
      java.util.Deque<String> todo = new java.util.ArrayDeque<>(ALLOWED.get(stage));
      while (!todo.isEmpty()) {
        String next = todo.pop();
        assertThat(ALLOWED).as("stage %s, allowed for some stage", next).containsKey(next);
        if (reached.add(next)) {
          todo.addAll(ALLOWED.get(next));
        }
      }
      assertThat(reached).as("what %s reaches", stage).doesNotContain(stage);
    }
  }

  @Test
  void theExtractorVersionCoversEveryPackageAGraphDependsOn() {
    // a document graph is made by the stages up to rdf and whatever they may import; a package
    // outside the fingerprint could change without a rebuild replacing the graphs it made
    Set<String> reached = new TreeSet<>();
    java.util.Deque<String> todo =
        new java.util.ArrayDeque<>(List.of("ingest", "layout", "extract", "resolve", "rdf"));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (reached.add(next)) {
        todo.addAll(ALLOWED.get(next));
      }
    }
    List<String> covered = Version.ownPrefixes();
    for (String stage : reached) {
      assertThat(covered)
          .as("Version's fingerprint")
          .contains("org/w3id/kamergraph/" + stage + "/");
    }
    assertThat(covered).contains("org/w3id/kamergraph/Pipeline");
  }

  @Test
  void rootPackageDoesNotReferenceTheCli() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (s.unit().equals(ROOT) && references(s).contains("cli")) {
        violations.add(s.file() + " -> cli");
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onlyTheCliKnowsPicocli() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      if (!s.unit().equals("cli") && PICOCLI.matcher(s.code()).find()) {
        violations.add(s.file().toString());
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theCheckerSeesAViolation() {
    // the parser itself: a stage importing the root package, the cli and a later stage is caught
    Source bad =
        new Source(
            Path.of("Bad.java"),
            "org.w3id.kamergraph.extract",
            stripCommentsAndStrings(
                """
            package org.w3id.kamergraph.extract;
            import org.w3id.kamergraph.Pipeline;
            import static org.w3id.kamergraph.cli.Main.commandLine;
            /** {@link org.w3id.kamergraph.serve.KamergraphServer} in a comment does not count */
            class Bad { Object o = new org.w3id.kamergraph.store.TdbStore(); String s = "org.w3id.kamergraph.evaluate"; }
            """));
    assertThat(references(bad)).containsExactlyInAnyOrder(ROOT, "cli", "store");
  }

  /** The units (stage, ROOT or cli) a source refers to, other than its own. */
  private static TreeSet<String> references(Source s) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = PROJECT_REF.matcher(s.code());
    while (m.find()) {
      String segment = m.group(1);
      String unit = Character.isUpperCase(segment.charAt(0)) ? ROOT : segment;
      if (!unit.equals(s.unit())) {
        out.add(unit);
      }
    }
    return out;
  }

  private static String unitOf(String pkg) {
    String base = "org.w3id.kamergraph";
    if (pkg.equals(base)) {
      return ROOT;
    }
    String rest = pkg.substring(base.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Blanks comments, string and char literals and text blocks, keeping line structure. */
  static String stripCommentsAndStrings(String src) {
    StringBuilder out = new StringBuilder(src.length());
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (src.startsWith("//", i)) {
        while (i < n && src.charAt(i) != '\n') {
          i++;
        }
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        src.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else if (src.startsWith("\"\"\"", i)) {
        int end = src.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        out.append("\"\"");
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(c).append(c);
        i = Math.min(n, j + 1);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
