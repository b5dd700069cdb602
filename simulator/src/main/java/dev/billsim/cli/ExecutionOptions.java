package dev.billsim.cli;

import dev.billsim.run.JobRunner;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Option;

/**
 * The options every simulating command shares: how many threads, and whether stderr carries
 * anything but errors.
 */
final class ExecutionOptions {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Simulations run at once (default: one per simulation up to twice the cores, so that"
              + " three platforms share two cores evenly; more simulations than that run one per"
              + " core at a time). Results do not depend on it.")
  Integer threads;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print nothing on stderr but errors: no progress, no estimate of a long run, no 'wrote"
              + " FILE' lines.")
  boolean quiet;

  /** Returns the thread count or {@link JobRunner#AUTO}, refusing one below 1 as a user error. */
  int threads() {
    if (threads == null) {
      return JobRunner.AUTO;
    }
    if (threads < 1) {
      throw new UserError(
          "--threads " + threads, "at least 1", Integer.toString(threads), "e.g. --threads 2");
    }
    return threads;
  }

  /** Returns whether progress and notes are off. */
  boolean quiet() {
    return quiet;
  }

  /** Returns where notes such as {@code wrote FILE} go: {@code err}, or nowhere when quiet. */
  PrintWriter notes(PrintWriter err) {
    return quiet ? new PrintWriter(Writer.nullWriter()) : err;
  }
}
