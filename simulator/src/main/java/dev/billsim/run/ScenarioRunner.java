package dev.billsim.run;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.TrafficTape;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every platform of a scenario as its own simulation, on up to {@code threads} threads, and
 * prices each with its billing rule; or many replications of it, all on the same threads.
 */
public final class ScenarioRunner {
  private final PriceCatalog catalog;
  private final int threads;
  private final boolean profiles;

  /**
   * Creates a runner with prices from {@code catalog} and at most {@code threads} threads ({@link
   * JobRunner#AUTO}: the runner chooses), keeping what the charts need.
   */
  public ScenarioRunner(PriceCatalog catalog, int threads) {
    this(catalog, threads, true);
  }

  /**
   * Creates a runner as above that keeps the first replication's time series and latency
   * distribution, which only the charts read, if {@code profiles}.
   */
  public ScenarioRunner(PriceCatalog catalog, int threads, boolean profiles) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be at least 1, or AUTO: " + threads);
    }
    this.catalog = catalog;
    this.threads = threads;
    this.profiles = profiles;
  }

  /** Runs the scenario; results come in the scenario's platform order. */
  public RunResult run(Scenario scenario, ProgressListener listener) {
    return replicate(scenario, 1, listener).first();
  }

  /**
   * Runs {@code replications} independent replications of the scenario (seeds from {@link
   * ReplicatedResult#seedOf}), every platform of every replication as its own job on the same
   * threads; results come in replication order, then platform order, whatever the thread count.
   */
  public ReplicatedResult replicate(
      Scenario scenario, int replications, ProgressListener listener) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1: " + replications);
    }
    List<PlatformJob> jobs = new ArrayList<>();
    int platforms = scenario.platforms().size();
    int jobCount = replications * platforms;
    // The pool size is fixed here, once: readers of one tape wait for one another, so they share
    // one only if every job has its own thread from the start.
    int poolThreads =
        JobRunner.poolSize(threads, jobCount, Runtime.getRuntime().availableProcessors());
    boolean shareTraffic =
        platforms > 1 && TrafficTape.canTape(scenario.workload()) && poolThreads >= jobCount;
    for (int r = 0; r < replications; r++) {
      Scenario run = scenario.withSeed(ReplicatedResult.seedOf(scenario.seed(), r));
      // The platforms of one replication see the same requests: when they all run at once, the
      // requests are drawn once for them all, which saves a quarter of each one's time.
      TrafficTape tape =
          shareTraffic
              ? new TrafficTape(run.workload(), new RandomStreams(run.seed()), platforms)
              : null;
      for (int i = 0; i < platforms; i++) {
        // Charts show the first replication: the others keep no time series (kilobytes each).
        jobs.add(
            new PlatformJob(
                run, i, catalog, profiles && r == 0, tape == null ? null : tape.reader(i)));
      }
    }
    List<PlatformResult> results =
        JobRunner.runAll(jobs, poolThreads, running -> listener.progress(fractionDone(running)));
    listener.progress(1.0);
    return assemble(scenario, replications, results);
  }

  /**
   * Returns the keys of a run's jobs: each platform of each replication, in replication order, then
   * platform order (point 0).
   */
  public static List<JobKey> keys(Scenario scenario, int replications) {
    List<JobKey> keys = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      for (int i = 0; i < scenario.platforms().size(); i++) {
        keys.add(new JobKey(keys.size(), 0, r, i));
      }
    }
    return keys;
  }

  /**
   * Returns the job of {@code key} in a run of {@code scenario}: the platform in the replication's
   * seed, keeping the time series and latency distribution if {@code profiles} and it is the first
   * replication (charts show the first; the others' are not kept).
   */
  public static PlatformJob job(
      Scenario scenario, JobKey key, PriceCatalog catalog, boolean profiles) {
    Scenario run = scenario.withSeed(ReplicatedResult.seedOf(scenario.seed(), key.replication()));
    return new PlatformJob(run, key.platform(), catalog, profiles && key.replication() == 0);
  }

  /**
   * Assembles a run's result from its jobs' results, given in the order of {@link #keys}: the same
   * result whichever process or thread ran each job.
   */
  public static ReplicatedResult assemble(
      Scenario scenario, int replications, List<PlatformResult> results) {
    int platforms = scenario.platforms().size();
    if (results.size() != replications * platforms) {
      throw new IllegalArgumentException(
          results.size() + " results for " + replications * platforms + " jobs");
    }
    List<RunResult> perRun = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      Scenario run = scenario.withSeed(ReplicatedResult.seedOf(scenario.seed(), r));
      perRun.add(new RunResult(run, results.subList(r * platforms, (r + 1) * platforms)));
    }
    return new ReplicatedResult(perRun);
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
