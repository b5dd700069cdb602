package dev.billsim.cli;

import dev.billsim.scenario.ScenarioSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of scenario files, generated from the loader's key tables. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Prints the JSON Schema of scenario files.",
    description = {
      "Prints docs/scenario.schema.json as the loader's key tables generate it: every key's"
          + " type, default, bounds and description. Editors use it for completion and checks."
    },
    footer = {
      "",
      "Example:",
      "  billsim schema > docs/scenario.schema.json",
      "",
      "Exit codes: 0 printed, 1 internal error."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(ScenarioSchema.text());
    out.flush();
    return 0;
  }
}
