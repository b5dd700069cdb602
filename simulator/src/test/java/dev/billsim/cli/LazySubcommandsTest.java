package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Holds the start-up shortcut of {@link BillsimCommand#commandLine(String...)} to the full command
 * line: each registered name makes the command of that name, a command line naming one gets only
 * it, and help or anything else gets them all.
 */
class LazySubcommandsTest {
  @Test
  void everyName_makesTheCommandOfThatName() {
    for (String name : BillsimCommand.SUBCOMMANDS) {
      Object command = BillsimCommand.subcommand(name);
      assertThat(command.getClass().getAnnotation(CommandLine.Command.class).name())
          .isEqualTo(name);
    }
    assertThat(BillsimCommand.commandLine().getSubcommands().keySet())
        .containsExactlyElementsOf(BillsimCommand.SUBCOMMANDS);
  }

  @Test
  void aCommandLineNamingOne_getsOnlyThatOne_helpAndMistakesGetAll() {
    assertThat(BillsimCommand.commandLine("validate", "x.yaml").getSubcommands().keySet())
        .containsExactly("validate");
    assertThat(BillsimCommand.commandLine("sweep", "merge").getSubcommands().keySet())
        .containsExactly("sweep");
    for (String[] args : new String[][] {{"help", "run"}, {"--help"}, {"rnu"}, {}, {"-V"}}) {
      assertThat(BillsimCommand.commandLine(args).getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactlyElementsOf(BillsimCommand.SUBCOMMANDS);
    }
  }

  @Test
  void aMistypedCommand_isStillRefusedWithASuggestion() {
    Cli.Result result = Cli.run("rnu", "x.yaml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("rnu").contains("run");
  }
}
