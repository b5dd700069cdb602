package dev.billsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code billsim} command: lists its subcommands. */
@Command(
    name = "billsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Simulates an app's traffic and prices it on Cloudflare Workers, AWS Lambda and EC2.",
      "Workers bill CPU time, Lambda bills wall time x memory, EC2 bills provisioned capacity:"
          + " billsim runs the same requests on each and shows the bill and the usage behind it."
    },
    subcommands = {
      RunCommand.class,
      SweepCommand.class,
      CheckCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  billsim run scenarios/llm-chat.yaml --format json",
      "  billsim sweep scenarios/traffic-growth.yaml --vary rate=1/s..1000/s:7:log",
      "  billsim validate scenarios/*.yaml"
    })
final class BillsimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("billsim: expected a command such as run, sweep or validate, got none");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_BAD_INPUT;
  }
}
