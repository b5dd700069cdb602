package dev.billsim.cli;

import dev.billsim.meter.Usage;
import dev.billsim.run.JobKey;
import dev.billsim.run.JobPlan;
import dev.billsim.run.JobProgress;
import java.util.List;

/**
 * Runs the jobs of a sweep or of a run's replications somewhere other than this machine's threads:
 * the Spark driver of the {@code spark} module hands {@code billsim sweep} and {@code billsim run}
 * one that runs them on a cluster. Whatever runs the jobs, the command checks the input, prices the
 * usages, assembles the results and writes the files the same way, so an engine changes where the
 * work is done, never a result.
 */
public interface JobEngine {
  /**
   * Runs the jobs of {@code keys} and returns their usages in the order of {@code keys}.
   *
   * @param plan the jobs as data: what a process that does not share this one's memory loads
   * @param progress hears which jobs have finished, on the calling thread
   */
  List<Usage> run(JobPlan plan, List<JobKey> keys, JobProgress progress);

  /**
   * Signals that an engine could not run the jobs for a reason outside the sweep (a cluster's task
   * failing on every attempt): printed as one message with its cause's first line and a hint, with
   * exit code 1 and no stack trace.
   */
  final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    /** Creates the failure: {@code what} failed, because of {@code cause}; {@code hint} helps. */
    public Failure(String what, Throwable cause, String hint) {
      super(what + ": " + firstLine(cause), cause);
      this.hint = hint;
    }

    /** Returns how to find out more or fix it. */
    public String hint() {
      return hint;
    }

    private static String firstLine(Throwable cause) {
      String message = String.valueOf(cause.getMessage());
      int newline = message.indexOf('\n');
      return newline < 0 ? message : message.substring(0, newline);
    }
  }
}
