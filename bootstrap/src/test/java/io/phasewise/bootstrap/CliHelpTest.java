package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and sub-command answers {@code -h}, {@code --help} and {@code help <command>} with its usage, exit 0. */
class CliHelpTest {

  /** The path of every command below {@code phasewise}, e.g. {@code [user, add]}, found by walking the tree. */
  static Stream<List<String>> commands() {
    List<List<String>> paths = new ArrayList<>();
    collect(PhasewiseCli.commandLine(), List.of(), paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
    command.getSubcommands().forEach((name, sub) -> {
      if (name.equals("help")) return;
      List<String> child = new ArrayList<>(path);
      child.add(name);
      into.add(child);
      collect(sub, child, into);
    });
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_options_print_the_usage_of_the_command_and_exit_0(List<String> path) {
    for (String option : List.of("-h", "--help")) {
      CliRun cli = new CliRun();
      List<String> args = new ArrayList<>(path);
      args.add(option);

      assertThat(cli.run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
      assertThat(cli.out()).startsWith("Usage: phasewise " + String.join(" ", path));
      assertThat(cli.err()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void the_help_command_prints_the_usage_of_a_top_level_command(List<String> path) {
    CliRun cli = new CliRun();

    assertThat(cli.run("help", path.get(0))).isZero();
    assertThat(cli.out()).startsWith("Usage: phasewise " + path.get(0));
  }

  @Test
  void the_tree_has_every_documented_command() {
    assertThat(commands().map(p -> String.join(" ", p)))
        .contains("serve", "import", "generate", "recompute", "sentiment import", "sentiment sources add", "user add",
            "token issue", "phases", "phases evaluate", "pipeline");
  }
}
