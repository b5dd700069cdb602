package dev.billsim.cli;

import picocli.CommandLine.Option;

/** The {@code --replications} option of {@code run} and {@code sweep}. */
final class ReplicationOptions {
  /** The most replications a command accepts: beyond, the intervals hardly narrow. */
  static final int MAX_REPLICATIONS = 1000;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description =
          "Run N independent replications; report means with 95%% confidence intervals and, in a"
              + " run, paired comparisons (default: 1).")
  int replications = 1;

  /** Returns the number of replications, refusing one out of range as a user error. */
  int replications() {
    if (replications < 1 || replications > MAX_REPLICATIONS) {
      throw new UserError(
          "--replications " + replications,
          "1 to " + MAX_REPLICATIONS,
          Integer.toString(replications),
          "e.g. --replications 10; 10 to 30 give useful intervals");
    }
    return replications;
  }
}
