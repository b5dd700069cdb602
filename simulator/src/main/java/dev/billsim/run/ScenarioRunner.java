package dev.billsim.run;

import dev.billsim.billing.BillingRules;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Runs every platform of a scenario as its own simulation, on up to {@code threads} threads, and
 * prices each with its billing rule.
 */
public final class ScenarioRunner {
  private static final long POLL_MILLIS = 200;

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
    return replicate(scenario, 1, listener).first();
  }

  /**
   * Runs {@code replications} independent replications of the scenario (seeds from {@link
   * ReplicatedResult#seedOf}), every platform of every replication as its own simulation, all on
   * the same threads; results come in replication order, then platform order, whatever the thread
   * count.
   */
  public ReplicatedResult replicate(
      Scenario scenario, int replications, ProgressListener listener) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1: " + replications);
    }
    List<Scenario> runs = new ArrayList<>();
    List<Supplier<Simulation>> simulations = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      Scenario run = scenario.withSeed(ReplicatedResult.seedOf(scenario.seed(), r));
      runs.add(run);
      for (PlatformSpec spec : run.platforms()) {
        // Built on its thread when its turn comes: a simulation's tables and histograms are
        // megabytes, and only the running ones need to exist.
        simulations.add(() -> new Simulation(run.workload(), spec, new RandomStreams(run.seed())));
      }
    }
    List<Usage> usages = simulate(simulations, listener);
    BillingRules billing = new BillingRules(catalog, scenario.billingMonthNanos());
    List<RunResult> results = new ArrayList<>();
    int next = 0;
    for (Scenario run : runs) {
      List<PlatformResult> platforms = new ArrayList<>();
      for (PlatformSpec spec : run.platforms()) {
        Usage usage = usages.get(next++);
        platforms.add(new PlatformResult(spec, usage, billing.ruleFor(spec).bill(usage)));
      }
      results.add(new RunResult(run, platforms));
    }
    listener.progress(1.0);
    return new ReplicatedResult(results);
  }

  private List<Usage> simulate(List<Supplier<Simulation>> simulations, ProgressListener listener) {
    // Even one worker thread leaves the calling thread free to report progress.
    int poolSize = Math.min(threads, simulations.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            poolSize,
            runnable -> {
              Thread thread = new Thread(runnable, "billsim-platform");
              thread.setDaemon(true);
              return thread;
            });
    Progress progress = new Progress(simulations.size());
    try {
      List<Future<Usage>> futures = new ArrayList<>();
      for (int i = 0; i < simulations.size(); i++) {
        int index = i;
        Supplier<Simulation> factory = simulations.get(i);
        futures.add(
            pool.submit(
                () -> {
                  Simulation simulation = factory.get();
                  progress.started(index, simulation);
                  Usage usage = simulation.run();
                  progress.finished(index);
                  return usage;
                }));
      }
      List<Usage> usages = new ArrayList<>();
      for (Future<Usage> future : futures) {
        usages.add(await(future, progress, listener));
      }
      return usages;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Usage await(Future<Usage> future, Progress progress, ProgressListener listener) {
    while (true) {
      try {
        return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        listener.progress(progress.fractionDone());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while simulating", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** Tracks how far each simulation has come, readable from the reporting thread. */
  private static final class Progress {
    private final AtomicReferenceArray<Simulation> running;
    private final AtomicIntegerArray finished;

    Progress(int simulations) {
      running = new AtomicReferenceArray<>(simulations);
      finished = new AtomicIntegerArray(simulations);
    }

    void started(int index, Simulation simulation) {
      running.set(index, simulation);
    }

    void finished(int index) {
      finished.set(index, 1);
      running.set(index, null); // let it be collected
    }

    double fractionDone() {
      double done = 0;
      for (int i = 0; i < finished.length(); i++) {
        Simulation simulation = running.get(i);
        if (finished.get(i) == 1) {
          done += 1;
        } else if (simulation != null) {
          done += Math.min(1.0, simulation.progressNanos() / (double) simulation.horizonNanos());
        }
      }
      return done / finished.length();
    }
  }
}
