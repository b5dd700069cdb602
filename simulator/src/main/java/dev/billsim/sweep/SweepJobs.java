package dev.billsim.sweep;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.run.JobKey;
import dev.billsim.run.PlatformJob;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Numbers every job of a sweep (each platform at each point, in each replication) and assembles the
 * sweep's rows from their results: the one place that decides what a job is and where its result
 * goes, for the local threads, for shards run by a batch scheduler and for cluster tasks alike.
 *
 * <p>A job's usage is all it hands back: the bill is a function of the usage, the platform, the
 * catalog and the billing month, so it is priced again wherever the rows are assembled ({@link
 * #price}) and a result that travelled as data bills exactly as one that did not.
 */
public final class SweepJobs {
  private final Sweep sweep;
  private final List<SweepPoint> points;
  private final List<Scenario> scenarios;
  private final int replications;
  private final PriceCatalog catalog;
  private final List<JobKey> keys = new ArrayList<>();
  private final int[] firstJob;

  /**
   * Numbers the jobs of a sweep.
   *
   * @param scenarios the scenario at each point, in the order of {@link Sweep#points()}
   * @param replications independent replications at every point, at least 1
   */
  public SweepJobs(Sweep sweep, List<Scenario> scenarios, int replications, PriceCatalog catalog) {
    this.sweep = sweep;
    this.points = sweep.points();
    this.scenarios = List.copyOf(scenarios);
    this.replications = replications;
    this.catalog = catalog;
    if (scenarios.size() != points.size()) {
      throw new IllegalArgumentException(
          scenarios.size() + " scenarios for " + points.size() + " points");
    }
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1: " + replications);
    }
    firstJob = new int[points.size() + 1];
    for (int p = 0; p < points.size(); p++) {
      firstJob[p] = keys.size();
      int platforms = scenarios.get(p).platforms().size();
      for (int r = 0; r < replications; r++) {
        for (int i = 0; i < platforms; i++) {
          keys.add(new JobKey(keys.size(), p, r, i));
        }
      }
    }
    firstJob[points.size()] = keys.size();
  }

  /** Returns the sweep. */
  public Sweep sweep() {
    return sweep;
  }

  /** Returns the replications at every point. */
  public int replications() {
    return replications;
  }

  /** Returns every job's key, in job order. */
  public List<JobKey> keys() {
    return List.copyOf(keys);
  }

  /** Returns the number of jobs. */
  public int size() {
    return keys.size();
  }

  /** Returns the number of points. */
  public int pointCount() {
    return points.size();
  }

  /** Returns the index of the first job at a point; {@code pointCount()} gives {@link #size()}. */
  public int firstJobOf(int point) {
    return firstJob[point];
  }

  /** Returns a job ready to run; it keeps neither time series nor latency distribution. */
  public PlatformJob job(int index) {
    JobKey key = keys.get(index);
    return job(scenarios.get(key.point()), key, catalog);
  }

  /**
   * Returns the job of {@code key} given only the scenario at its point: what a process that loads
   * one point of a sweep runs (a cluster task need not load every point).
   */
  public static PlatformJob job(Scenario atPoint, JobKey key, PriceCatalog catalog) {
    return ScenarioRunner.job(atPoint, key, catalog, false); // a run's job, at the point
  }

  /** Prices a job's usage as the job itself did: the same rule, catalog and billing month. */
  public PlatformResult price(int index, Usage usage) {
    JobKey key = keys.get(index);
    return PlatformJob.price(scenarios.get(key.point()), key.platform(), catalog, usage);
  }

  /**
   * Reports to {@code progress} the points whose every job is in {@code done} (by job index), and
   * the share of jobs done: progress where jobs report only when they finish (a cluster's tasks).
   */
  public void report(BitSet done, SweepProgress progress) {
    int pointsDone = 0;
    for (int p = 0; p < points.size(); p++) {
      pointsDone += done.nextClearBit(firstJob[p]) >= firstJob[p + 1] ? 1 : 0;
    }
    progress.points(pointsDone, points.size(), done.cardinality() / (double) keys.size());
  }

  /**
   * Assembles the sweep's rows from every job's result, given in job order; rows come in point
   * order, then platform order.
   */
  public SweepResult assemble(List<PlatformResult> results) {
    if (results.size() != keys.size()) {
      throw new IllegalArgumentException(results.size() + " results for " + keys.size() + " jobs");
    }
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
}
