package dev.billsim.cli;

import dev.billsim.run.PlatformResult;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepProgress;
import dev.billsim.sweep.SweepRunner;
import java.util.List;

/**
 * Runs a sweep's jobs: on this machine's threads ({@link #LOCAL}, the default), or elsewhere (the
 * Spark driver of the {@code spark} module hands {@code billsim sweep} one that runs them on a
 * cluster). Whatever runs them, the command checks the input, assembles the rows and writes the
 * files the same way, so an engine changes where the work is done, never a result.
 */
public interface SweepEngine {
  /** Runs every job on this machine, on {@code --threads} threads. */
  SweepEngine LOCAL =
      (request, jobs, threads, progress) -> SweepRunner.run(jobs, threads, progress);

  /**
   * Runs every job of {@code jobs} and returns the results in job order.
   *
   * @param request the sweep as text: what a process that does not share this one's memory loads
   * @param jobs the same sweep, loaded here
   * @param threads the {@code --threads} option, or {@link dev.billsim.run.JobRunner#AUTO}
   * @param progress hears how far the jobs have come, on the calling thread
   */
  List<PlatformResult> run(
      SweepRequest request, SweepJobs jobs, int threads, SweepProgress progress);

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
