package dev.billsim.run;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every platform of a scenario as its own simulation, on up to {@code threads} threads, and
 * prices each with its billing rule.
 */
public final class ScenarioRunner {
  private final PriceCatalog catalog;
  private final int threads;

  /** Creates a runner with prices from {@code catalog} and at most {@code threads} threads. */
  public ScenarioRunner(PriceCatalog catalog, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.catalog = catalog;
    this.threads = threads;
  }

  /** Runs the scenario; results come in the scenario's platform order. */
  public RunResult run(Scenario scenario, ProgressListener listener) {
    List<PlatformJob> jobs = new ArrayList<>();
    for (int i = 0; i < scenario.platforms().size(); i++) {
      jobs.add(new PlatformJob(scenario, i, catalog));
    }
    List<PlatformResult> results =
        JobRunner.runAll(jobs, threads, running -> listener.progress(fractionDone(running)));
    listener.progress(1.0);
    return new RunResult(scenario, results);
  }

  /** Returns the mean fraction done over the jobs. */
  static double fractionDone(List<PlatformJob> jobs) {
    double done = 0;
    for (PlatformJob job : jobs) {
      done += job.fractionDone();
    }
    return done / jobs.size();
  }
}
