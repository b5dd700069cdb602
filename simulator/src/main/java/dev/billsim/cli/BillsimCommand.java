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
  /** Picocli's system property: regular expressions of types whose converters it skips. */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /** The help section that lists the platform models, after the commands. */
  static final String PLATFORMS_SECTION = "platformModels";

  /** The heading of the platform models' section. */
  static final String PLATFORMS_HEADING = "Platform models (model: in a scenario's platforms):";

  /**
   * The subcommands' names, in the order help lists them. Picocli reads a command's annotations by
   * reflection when it is added, which for all of them is most of a short command's start-up (a
   * third of {@code billsim validate}): {@link #commandLine(String...)} adds only the one a command
   * line names.
   */
  static final List<String> SUBCOMMANDS =
      List.of("run", "sweep", "check", "validate", "import", "prices", "schema", "help");

  @Spec CommandSpec spec;

  /** Returns a new subcommand; a switch, not a map of lambdas, whose linking costs start-up. */
  static Object subcommand(String name) {
    return switch (name) {
      case "run" -> new RunCommand();
      case "sweep" -> new SweepCommand();
      case "check" -> new CheckCommand();
      case "validate" -> new ValidateCommand();
      case "import" -> new ImportCommand();
      case "prices" -> new PricesCommand();
      case "schema" -> new SchemaCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /** Returns the command line with every subcommand: what help and unknown commands need. */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * Returns the command line for {@code args}: with only the subcommand they name when they start
   * with one (other than {@code help}), else with every subcommand, so that {@code billsim --help},
   * {@code billsim help run} and a mistyped command read as before. Help lists every platform model
   * of {@link PlatformKind}, so that a new model appears there without an edit here.
   */
  static CommandLine commandLine(String... args) {
    skipUnusedConverters();
    CommandLine commandLine = new CommandLine(new BillsimCommand());
    String named = args.length > 0 ? args[0] : null;
    boolean one = named != null && !named.equals("help") && SUBCOMMANDS.contains(named);
    for (String name : SUBCOMMANDS) {
      if (!one || name.equals(named)) {
        commandLine.addSubcommand(name, subcommand(name));
      }
    }
    List<String> keys = new ArrayList<>(commandLine.getHelpSectionKeys());
    keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, PLATFORMS_SECTION);
    commandLine.getHelpSectionMap().put(PLATFORMS_SECTION, help -> platformModels());
    commandLine.setHelpSectionKeys(keys);
    // The import formats come from their registry, as the platform models do.
    CommandLine imports = commandLine.getSubcommands().get("import");
    if (imports != null) {
      var importUsage = imports.getCommandSpec().usageMessage();
      List<String> description = new ArrayList<>(List.of(importUsage.description()));
      description.addAll(List.of(ImportCommand.formatLines()));
      importUsage.description(description.toArray(String[]::new));
    }
    return commandLine;
  }

  /**
   * Tells picocli not to register its converters for {@code java.time} and {@code java.sql} types,
   * which no billsim option has: it looks each one up with {@code Class.forName}, which initialises
   * {@code java.time.MonthDay} and its date-time formatters, about 15 ms of every command's start
   * (benchmarks/README.md, issue 21's eighth round). Picocli's own switch, the system property
   * {@value #CONVERTER_EXCLUDES}; a value the user set stands.
   */
  static void skipUnusedConverters() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
    }
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
