package dev.billsim.cli;

import picocli.CommandLine.Option;

/** The options every simulating command shares: how many threads, and whether to show progress. */
final class ExecutionOptions {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Simulations run at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "Show no progress on stderr.")
  boolean quiet;

  /** Returns the thread count, refusing one below 1 as a user error. */
  int threads() {
    if (threads < 1) {
      throw new UserError(
          "--threads " + threads, "at least 1", Integer.toString(threads), "e.g. --threads 2");
    }
    return threads;
  }

  /** Returns whether progress is off. */
  boolean quiet() {
    return quiet;
  }
}
