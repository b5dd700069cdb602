package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

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

  @Test
  void noOptionHasATypeWhoseConverterIsSkipped() {
    CommandLine all = BillsimCommand.commandLine();
    String skipped = System.getProperty(BillsimCommand.CONVERTER_EXCLUDES);
    assertThat(skipped).isEqualTo("java\\.(time|sql)\\..*");
    List<String> types = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>(List.of(all));
    for (int i = 0; i < commands.size(); i++) {
      commands.addAll(commands.get(i).getSubcommands().values());
      for (ArgSpec arg : commands.get(i).getCommandSpec().args()) {
        types.add(arg.type().getName());
        for (Class<?> auxiliary : arg.auxiliaryTypes()) {
          types.add(auxiliary.getName());
        }
      }
    }
    assertThat(commands).hasSizeGreaterThan(BillsimCommand.SUBCOMMANDS.size());
    assertThat(types).contains("java.nio.file.Path").noneMatch(type -> type.matches(skipped));
  }
}
