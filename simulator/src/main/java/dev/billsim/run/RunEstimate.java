package dev.billsim.run;

import dev.billsim.engine.SimTime;
import java.util.Locale;

/**
 * Estimates, before a command starts, how many requests it will simulate and roughly how long that
 * takes, so that a run of hours is announced rather than discovered.
 *
 * @param requestsPerRun the expected requests of one platform's run
 * @param runs the platform runs: platforms, times replications, times sweep points
 * @param cores the cores the runs share
 */
public record RunEstimate(double requestsPerRun, long runs, int cores) {
  /**
   * Simulated requests a second per platform run on one core: the slow end of the end-to-end
   * results in benchmarks/README.md (4.4 to 8 M a second), rounded down for slower machines.
   */
  public static final double REQUESTS_PER_CORE_SECOND = 3e6;

  /** Runs that take at least this long are announced. */
  public static final double LONG_SECONDS = 10;

  /** Checks the figures. */
  public RunEstimate {
    if (!(requestsPerRun >= 0) || runs < 1 || cores < 1) {
      throw new IllegalArgumentException(
          "an estimate needs requests >= 0, runs >= 1, cores >= 1: "
              + requestsPerRun
              + ", "
              + runs
              + ", "
              + cores);
    }
  }

  /**
   * Returns the estimate for {@code runs} runs of {@code requestsPerRun} requests each on {@code
   * threads} threads ({@link JobRunner#AUTO} for the default), on this machine's cores.
   */
  public static RunEstimate of(double requestsPerRun, long runs, int threads) {
    int cores = Runtime.getRuntime().availableProcessors();
    int pool = JobRunner.poolSize(threads, (int) Math.min(Integer.MAX_VALUE, runs), cores);
    return new RunEstimate(requestsPerRun, runs, Math.min(pool, cores));
  }

  /** Returns the estimated wall time in seconds, the runs spread over the cores. */
  public double seconds() {
    return requestsPerRun * runs / REQUESTS_PER_CORE_SECOND / Math.min(runs, cores);
  }

  /** Returns whether the command is expected to take long enough to announce. */
  public boolean isLong() {
    return seconds() >= LONG_SECONDS;
  }

  /** Describes the estimate in one sentence. */
  public String describe() {
    long nanos = (long) Math.min(Long.MAX_VALUE / 2.0, seconds() * SimTime.NANOS_PER_SECOND);
    int cores = (int) Math.min(runs, this.cores);
    return String.format(
        Locale.ROOT,
        "about %,.0f requests %s; at roughly %,.0f million a second per core, that takes about %s"
            + " on %d %s. Bills scale to a month from any horizon: a shorter one gives the same"
            + " answer sooner.",
        requestsPerRun,
        runs == 1 ? "to simulate" : String.format(Locale.ROOT, "in each of %,d simulations", runs),
        REQUESTS_PER_CORE_SECOND / 1e6,
        SimTime.formatRoughly(nanos),
        cores,
        cores == 1 ? "core" : "cores");
  }
}
