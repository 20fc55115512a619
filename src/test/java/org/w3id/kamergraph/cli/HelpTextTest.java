package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every help text is whole: each command says what it does in a first line that is a sentence (the
 * parent's command list shows only that line), and every option and parameter of every command has
 * a description that ends in a full stop.
 */
class HelpTextTest {
  @Test
  void everyOptionOfEveryCommandHasADescriptionEndingInAFullStop() {
    List<String> bad = new ArrayList<>();
    for (CommandSpec c : commands(Main.commandLine().getCommandSpec())) {
      for (ArgSpec a : c.args()) {
        String text = String.join(" ", a.description()).strip();
        String name = c.qualifiedName() + " " + label(a);
        if (text.isEmpty()) {
          bad.add(name + ": no description");
        } else if (!text.endsWith(".")) {
          bad.add(name + ": '" + text + "' does not end in a full stop");
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void everyCommandOpensWithAWholeSentence() {
    List<String> bad = new ArrayList<>();
    for (CommandSpec c : commands(Main.commandLine().getCommandSpec())) {
      String[] d = c.usageMessage().description();
      if (d.length == 0 || !d[0].strip().endsWith(".")) {
        bad.add(c.qualifiedName() + ": " + (d.length == 0 ? "no description" : d[0]));
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void everyCommandAnswersVersionWithTheCommitAndJena() {
    for (CommandSpec c : commands(Main.commandLine().getCommandSpec())) {
      if (c.userObject() instanceof CommandLine.HelpCommand) {
        continue; // picocli's own 'help' has no options of its own to inherit
      }
      assertThat(c.versionProvider()).as(c.qualifiedName()).isNotNull();
      assertThat(c.mixinStandardHelpOptions()).as(c.qualifiedName()).isTrue();
    }
    String[] lines = new Main.VersionProvider().getVersion();
    assertThat(lines[0]).startsWith("kamergraph ");
    assertThat(String.join("\n", lines)).contains("commit: ").contains("Apache Jena: 5.");
  }

  private static String label(ArgSpec a) {
    return a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
  }

  private static List<CommandSpec> commands(CommandSpec root) {
    List<CommandSpec> out = new ArrayList<>();
    out.add(root);
    for (CommandLine sub : root.subcommands().values()) {
      if (!out.contains(sub.getCommandSpec())) {
        out.addAll(commands(sub.getCommandSpec()));
      }
    }
    return out.stream().distinct().toList();
  }
}
