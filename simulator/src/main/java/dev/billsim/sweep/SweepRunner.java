package dev.billsim.sweep;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.JobRunner;
import dev.billsim.run.PlatformJob;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every platform at every point of a sweep as its own simulation, all on one fixed pool of
 * threads, so that a sweep of few points still uses every core.
 */
public final class SweepRunner {
  private final PriceCatalog catalog;
  private final int threads;

  /**
   * Creates a runner with prices from {@code catalog} and at most {@code threads} threads ({@link
   * dev.billsim.run.JobRunner#AUTO}: the runner chooses).
   */
  public SweepRunner(PriceCatalog catalog, int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be at least 1, or AUTO: " + threads);
    }
    this.catalog = catalog;
    this.threads = threads;
  }

  /**
   * Runs the sweep; rows come in point order, then platform order.
   *
   * @param scenarios the scenario at each point, in the order of {@link Sweep#points()}: loaded
   *     (and so checked) by the caller before anything runs
   */
  public SweepResult run(Sweep sweep, List<Scenario> scenarios, SweepProgress progress) {
    return run(sweep, scenarios, 1, progress);
  }

  /**
   * Runs the sweep with {@code replications} independent replications at every point (seeds from
   * {@link ReplicatedResult#seedOf}, the same at every point: common random numbers across points
   * as well as platforms); rows come in point order, then platform order.
   */
  public SweepResult run(
      Sweep sweep, List<Scenario> scenarios, int replications, SweepProgress progress) {
    List<SweepPoint> points = sweep.points();
    if (scenarios.size() != points.size()) {
      throw new IllegalArgumentException(
          scenarios.size() + " scenarios for " + points.size() + " points");
    }
    List<PlatformJob> jobs = new ArrayList<>();
    int[] firstJob = new int[points.size() + 1];
    for (int p = 0; p < points.size(); p++) {
      firstJob[p] = jobs.size();
      Scenario scenario = scenarios.get(p);
      for (int r = 0; r < replications; r++) {
        Scenario replication = scenario.withSeed(ReplicatedResult.seedOf(scenario.seed(), r));
        for (int i = 0; i < scenario.platforms().size(); i++) {
          jobs.add(new PlatformJob(replication, i, catalog, false));
        }
      }
    }
    firstJob[points.size()] = jobs.size();
    List<PlatformResult> results =
        JobRunner.runAll(jobs, threads, running -> report(running, firstJob, progress));
    List<SweepRow> rows = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      int platforms = scenarios.get(p).platforms().size();
      for (int i = 0; i < platforms; i++) {
        List<PlatformResult> perReplication = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
          perReplication.add(results.get(firstJob[p] + r * platforms + i));
        }
        rows.add(
            new SweepRow(points.get(p), scenarios.get(p), perReplication.get(0), perReplication));
      }
    }
    return new SweepResult(sweep, rows);
  }

  private static void report(List<PlatformJob> jobs, int[] firstJob, SweepProgress progress) {
    int points = firstJob.length - 1;
    int done = 0;
    double fraction = 0;
    for (int p = 0; p < points; p++) {
      boolean pointDone = true;
      for (int j = firstJob[p]; j < firstJob[p + 1]; j++) {
        pointDone &= jobs.get(j).isDone();
        fraction += jobs.get(j).fractionDone();
      }
      done += pointDone ? 1 : 0;
    }
    progress.points(done, points, fraction / jobs.size());
  }
}
