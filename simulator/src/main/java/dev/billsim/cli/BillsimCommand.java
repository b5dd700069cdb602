package dev.billsim.cli;

import dev.billsim.scenario.PlatformKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code billsim} command: lists its subcommands and the platform models. */
@Command(
    name = "billsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Simulates an app's traffic and prices it on each of the platform models listed below.",
      "Each bills something else (CPU time, wall time x memory, capacity provisioned): billsim"
          + " runs the same requests on each and shows the bill and the usage behind it."
    },
    subcommands = {
      RunCommand.class,
      SweepCommand.class,
      CheckCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      PricesCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  billsim run scenarios/llm-chat.yaml --format json",
      "  billsim sweep scenarios/traffic-growth.yaml --vary rate=1/s..1000/s:7:log",
      "  billsim validate scenarios/*.yaml",
      "  billsim import workers-trace events.ndjson.gz --out imported/",
      "  billsim prices ec2 --region eu-west-1",
      "",
      "Each command has its own help: billsim COMMAND --help."
    })
final class BillsimCommand implements Callable<Integer> {
  /** The help section that lists the platform models, after the commands. */
  static final String PLATFORMS_SECTION = "platformModels";

  /** The heading of the platform models' section. */
  static final String PLATFORMS_HEADING = "Platform models (model: in a scenario's platforms):";

  @Spec CommandSpec spec;

  /**
   * Returns the command line, its help listing every platform model of {@link PlatformKind}, so
   * that a new model appears there without an edit here.
   */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new BillsimCommand());
    List<String> keys = new ArrayList<>(commandLine.getHelpSectionKeys());
    keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, PLATFORMS_SECTION);
    commandLine.getHelpSectionMap().put(PLATFORMS_SECTION, help -> platformModels());
    commandLine.setHelpSectionKeys(keys);
    // The import formats come from their registry, as the platform models do.
    var importUsage = commandLine.getSubcommands().get("import").getCommandSpec().usageMessage();
    List<String> description = new ArrayList<>(List.of(importUsage.description()));
    description.addAll(List.of(ImportCommand.formatLines()));
    importUsage.description(description.toArray(String[]::new));
    return commandLine;
  }

  /** Returns the heading and one line per platform model: its key, then its summary. */
  static String platformModels() {
    int width = 0;
    for (PlatformKind kind : PlatformKind.values()) {
      width = Math.max(width, kind.key().length());
    }
    StringBuilder text = new StringBuilder(PLATFORMS_HEADING).append(System.lineSeparator());
    for (PlatformKind kind : PlatformKind.values()) {
      String key = kind.key();
      text.append("  ")
          .append(key)
          .append(" ".repeat(width - key.length() + 2))
          .append(kind.summary())
          .append(System.lineSeparator());
    }
    return text.toString();
  }

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("billsim: expected a command such as run, sweep or validate, got none");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_BAD_INPUT;
  }
}
