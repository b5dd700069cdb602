package dev.billsim.sweep;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.JobKey;
import dev.billsim.run.PlatformJob;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.SharedJobs;
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
   * {@link dev.billsim.run.ReplicatedResult#seedOf}, the same at every point: common random numbers
   * across points as well as platforms); rows come in point order, then platform order.
   */
  public SweepResult run(
      Sweep sweep, List<Scenario> scenarios, int replications, SweepProgress progress) {
    SweepJobs jobs = new SweepJobs(sweep, scenarios, replications, catalog);
    return jobs.assemble(run(jobs, threads, progress));
  }

  /**
   * Runs every job of {@code jobs} on at most {@code threads} threads and returns their results in
   * job order.
   */
  public static List<PlatformResult> run(SweepJobs jobs, int threads, SweepProgress progress) {
    return run(jobs, jobs.keys(), threads, progress);
  }

  /**
   * Runs the jobs of {@code selected} (keys of {@code jobs}, in job order: a shard's slice) on at
   * most {@code threads} threads and returns their results in that order; progress counts the
   * points that have a selected job.
   */
  public static List<PlatformResult> run(
      SweepJobs jobs, List<JobKey> selected, int threads, SweepProgress progress) {
    List<PlatformJob> all = new ArrayList<>();
    for (JobKey key : selected) {
      all.add(jobs.job(key.index()));
    }
    // Points that change only a platform's bill, or platforms no varied parameter touches, need
    // one simulation, and the simulations over one replication's requests draw them once.
    SharedJobs shared = new SharedJobs(all, threads);
    List<PlatformJob> running = shared.running();
    return shared.run(threads, () -> report(running, selected, progress));
  }

  /** Reports the points whose selected jobs are all done, and the fraction of simulated time. */
  private static void report(
      List<PlatformJob> running, List<JobKey> selected, SweepProgress progress) {
    int points = 0;
    int done = 0;
    double fraction = 0;
    boolean pointDone = true;
    for (int j = 0; j < running.size(); j++) {
      PlatformJob job = running.get(j);
      pointDone &= job.isDone();
      fraction += job.fractionDone();
      boolean lastOfPoint =
          j + 1 == running.size() || selected.get(j + 1).point() != selected.get(j).point();
      if (lastOfPoint) {
        points++;
        done += pointDone ? 1 : 0;
        pointDone = true;
      }
    }
    progress.points(done, points, running.isEmpty() ? 1.0 : fraction / running.size());
  }
}
