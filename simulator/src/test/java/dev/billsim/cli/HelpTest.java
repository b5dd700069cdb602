package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.scenario.PlatformKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that every command's help prints cleanly (picocli formats each description), that {@code
 * billsim --help} names every subcommand and every platform model on one line each, and that each
 * subcommand's help shows an example.
 */
class HelpTest {
  /** The widest line of help, as picocli wraps it. */
  private static final int WIDTH = 80;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "sweep", "validate", "check"})
  void help_printsUsage_andNoFormattingWarning(String command) {
    // picocli warns on System.err, not on the command's writer.
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream systemErr = new java.io.ByteArrayOutputStream();
    Cli.Result result;
    try {
      System.setErr(new java.io.PrintStream(systemErr, true));
      result = Cli.run(command, "--help");
    } finally {
      System.setErr(saved);
    }
    assertThat(systemErr.toString()).doesNotContain("WARN");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: billsim " + command);
    assertThat(result.out() + result.err()).doesNotContain("WARN").doesNotContain("%n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "sweep", "validate", "check"})
  void help_ofEachSubcommand_showsAnExampleOfIt(String command) {
    List<String> lines = Cli.runOk(command, "--help").out().lines().toList();
    int examples = lines.indexOf("Examples:");
    assertThat(examples).as("an Examples: heading in billsim %s --help", command).isPositive();
    assertThat(lines.get(examples + 1)).startsWith("  billsim " + command + " ");
  }

  @Test
  void help_listsEverySubcommand_oneLineEach() {
    Set<String> subcommands = BillsimCommand.commandLine().getSubcommands().keySet();
    List<String> section = section(Cli.runOk("--help").out(), "Commands:");
    assertThat(section).hasSize(subcommands.size());
    for (String name : subcommands) {
      assertThat(section)
          .as("a line for %s in billsim --help", name)
          .anySatisfy(line -> assertThat(line).matches("  " + name + " +\\S.*"));
    }
  }

  @Test
  void help_listsEveryPlatformModel_oneLineEach() {
    List<String> section = section(Cli.runOk("--help").out(), BillsimCommand.PLATFORMS_HEADING);
    assertThat(section).hasSize(PlatformKind.values().length);
    for (PlatformKind kind : PlatformKind.values()) {
      assertThat(section)
          .as("a line for model %s in billsim --help", kind.key())
          .contains("  " + kind.key() + " ".repeat(gap(kind)) + kind.summary());
    }
  }

  @Test
  void help_withoutACommand_saysNothingOfOnlyThreePlatforms() {
    String help = Cli.runOk("--help").out();
    assertThat(help).doesNotContain("Workers, AWS Lambda and EC2");
    assertThat(help.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(WIDTH));
  }

  @Test
  void noCommand_printsTheSameListsOnStderr_andExits2() {
    Cli.Result result = Cli.run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Commands:", BillsimCommand.PLATFORMS_HEADING);
    assertThat(result.out()).isEmpty();
  }

  /** Returns the spaces between a model's key and its summary, as in the aligned list. */
  private static int gap(PlatformKind kind) {
    int width = 0;
    for (PlatformKind each : PlatformKind.values()) {
      width = Math.max(width, each.key().length());
    }
    return width - kind.key().length() + 2;
  }

  /** Returns the lines after {@code heading} up to the next blank or unindented line. */
  private static List<String> section(String help, String heading) {
    List<String> lines = help.lines().toList();
    int start = lines.indexOf(heading);
    assertThat(start).as("the heading %s in:%n%s", heading, help).isNotNegative();
    List<String> section = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
      section.add(lines.get(i));
    }
    return section;
  }
}
