package dev.billsim.cli;

import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks scenario files without running them, reporting every problem of each. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Checks scenario files without running them.",
    description = {
      "Prints 'FILE: ok' on stdout for each valid file, and every problem of the others on"
          + " stderr. Trace and data files that a scenario names are read and checked too."
    },
    footer = {
      "",
      "Examples:",
      "  billsim validate scenarios/llm-chat.yaml",
      "  billsim validate scenarios/*.yaml",
      "",
      "Exit codes: 0 all valid, 1 internal error, 2 a file has problems."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Mixin CatalogOptions catalogs;

  @Override
  public Integer call() {
    ScenarioLoader loader = new ScenarioLoader(catalogs.catalog());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path file : files) {
      try {
        loader.load(file);
        out.println(file + ": ok");
        out.flush();
      } catch (ScenarioException e) {
        allValid = false;
        ProblemPrinter.print(err, "in " + file, e.problems());
      }
    }
    return allValid ? 0 : Main.EXIT_BAD_INPUT;
  }
}
