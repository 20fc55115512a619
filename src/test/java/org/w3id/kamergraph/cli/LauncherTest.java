package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The launcher's choices of JVM options: the quick compiler for a build of a few named files (it
 * reads the build's command line itself, so its list of options that take a value must be the
 * command's), and the server's own options for {@code serve}, from the file the benchmark's server
 * uses too.
 */
class LauncherTest {
  static final Path LAUNCHER = Path.of(System.getProperty("kamergraph.basedir", "."), "kamergraph");

  @TempDir Path tmp;

  @Test
  void theOptionsTheLauncherSkipsAValueOfAreThoseOfTheBuildCommand() throws IOException {
    Matcher m =
        Pattern.compile("\\n\\s*(--db \\|[^)]*)\\) value=1")
            .matcher(Files.readString(LAUNCHER, StandardCharsets.UTF_8));
    assertThat(m.find()).as("the launcher's list of options with a value").isTrue();
    Set<String> launcher = new TreeSet<>();
    for (String name : m.group(1).split("\\|")) {
      launcher.add(name.trim());
    }
    Set<String> command = new TreeSet<>();
    for (OptionSpec o :
        Main.commandLine().getSubcommands().get("build").getCommandSpec().options()) {
      if (o.arity().max() > 0) {
        for (String name : o.names()) {
          if (name.startsWith("--")) {
            command.add(name);
          }
        }
      }
    }
    assertThat(launcher).isEqualTo(command);
  }

  @Test
  void onlyABuildOfAFewNamedFilesRunsWithTheQuickCompiler() throws Exception {
    Path file = Files.writeString(tmp.resolve("kv-1.txt"), "Vraag 1\n");
    Path folder = Files.createDirectories(tmp.resolve("corpus"));
    String f = file.toString();
    String db = tmp.resolve("db").toString();
    assertThat(quick("build", "--keep-missing", f, "--db", db)).isTrue();
    assertThat(quick("build", "--db", folder.toString(), f)).as("a folder as --db").isTrue();
    assertThat(quick("build", "--db=" + db, "--threads", "2", f)).isTrue();
    assertThat(quick("build", folder.toString(), "--db", db)).as("a folder").isFalse();
    assertThat(quick("build", f, folder.toString())).as("a file and a folder").isFalse();
    assertThat(quick("build", "--db", db)).as("no input").isFalse();
    assertThat(quick("serve", f)).as("another command").isFalse();
    List<String> many = new ArrayList<>(List.of("build", "--keep-missing"));
    for (int i = 0; i < 51; i++) {
      many.add(f);
    }
    assertThat(quick(many.toArray(String[]::new))).as("51 files").isFalse();
  }

  @Test
  void aServerRunsWithTheServerOptionsUnlessJavaOptsSizeTheHeap() throws Exception {
    assertThat(function("server_jvm", null, "serve", "--db", "x")).isTrue();
    assertThat(function("server_jvm", "-Dfoo=1", "serve")).as("other JAVA_OPTS").isTrue();
    assertThat(function("server_jvm", null, "build", "x")).as("another command").isFalse();
    assertThat(function("server_jvm", null, "query", "serve")).isFalse();
    for (String own :
        List.of("-Xmx8g", "-Xms1g -Xmx1g", "-XX:-AlwaysPreTouch", "-XX:MaxRAMPercentage=50")) {
      assertThat(function("server_jvm", own, "serve")).as(own).isFalse();
    }
  }

  @Test
  void theLauncherPassesTheServerOptionsFileTheServerReads() throws IOException {
    String launcher = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
    String file = "src/main/resources" + org.w3id.kamergraph.serve.KamergraphServer.JVM_OPTIONS;
    assertThat(launcher).contains("@$here/" + file);
    assertThat(LAUNCHER.resolveSibling(file)).exists();
  }

  /** Runs the launcher's {@code quick_build} function with these arguments, as bash does. */
  private static boolean quick(String... args) throws Exception {
    return function("quick_build", null, args);
  }

  /** Runs one function of the launcher with these arguments (and JAVA_OPTS), as bash does. */
  private static boolean function(String name, String javaOpts, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c"));
    cmd.add("eval \"$(sed -n '/^" + name + "() {/,/^}/p' \"$0\")\"; " + name + " \"$@\"");
    cmd.add(LAUNCHER.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
    b.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      b.environment().put("JAVA_OPTS", javaOpts);
    }
    Process p = b.start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }
}
