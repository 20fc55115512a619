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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House style point 1: the packages are the stages, {@code model < ingest < harvest < layout <
 * extract < resolve < rdf < opendata < link < store < export < serve < evaluate < bench}, with the
 * root package (the pipeline and loader that assemble them) and {@code cli} on top. A stage
 * references only {@code model}, itself and earlier stages; no stage references the root package or
 * {@code cli}; the root package does not reference {@code cli}; only {@code cli} knows picocli.
 *
 * <p>Reads the sources: {@code import} lines and fully qualified {@code org.w3id.kamergraph.} names
 * in code (comments and string literals are ignored, so a Javadoc {@code @link} or a logger name
 * does not count). Replaces the ingest-only IngestImportsTest.
 */
class ArchitectureTest {
  private static final List<String> STAGES =
      List.of(
          "model",
          "ingest",
          "harvest",
          "layout",
          "extract",
          "resolve",
          "rdf",
          "opendata",
          "link",
          "store",
          "export",
          "web",
          "serve",
          "evaluate",
          "bench");
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
      if (!u.equals(ROOT) && !u.equals("cli") && !STAGES.contains(u)) {
        unknown.add(s.pkg());
      }
    }
    assertThat(unknown).as("packages that are not a stage; add them to STAGES in order").isEmpty();
  }

  @Test
  void stagesReferenceOnlyThemselvesAndEarlierStages() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      String own = s.unit();
      if (!STAGES.contains(own)) {
        continue;
      }
      for (String target : references(s)) {
        boolean allowed = STAGES.contains(target) && STAGES.indexOf(target) <= STAGES.indexOf(own);
        if (!allowed) {
          violations.add(s.file() + " (" + own + ") -> " + target);
        }
      }
    }
    assertThat(violations).as("references against the stage order " + STAGES).isEmpty();
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
