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
    List<Simulation> simulations = new ArrayList<>();
    for (PlatformSpec spec : scenario.platforms()) {
      simulations.add(
          new Simulation(scenario.workload(), spec, new RandomStreams(scenario.seed())));
    }
    List<Usage> usages = simulate(simulations, listener);
    BillingRules billing = new BillingRules(catalog, scenario.billingMonthNanos());
    List<PlatformResult> results = new ArrayList<>();
    for (int i = 0; i < usages.size(); i++) {
      PlatformSpec spec = scenario.platforms().get(i);
      Usage usage = usages.get(i);
      results.add(new PlatformResult(spec, usage, billing.ruleFor(spec).bill(usage)));
    }
    listener.progress(1.0);
    return new RunResult(scenario, results);
  }

  private List<Usage> simulate(List<Simulation> simulations, ProgressListener listener) {
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
    try {
      List<Future<Usage>> futures = new ArrayList<>();
      for (Simulation simulation : simulations) {
        futures.add(pool.submit(simulation::run));
      }
      List<Usage> usages = new ArrayList<>();
      for (Future<Usage> future : futures) {
        usages.add(await(future, simulations, listener));
      }
      return usages;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Usage await(
      Future<Usage> future, List<Simulation> simulations, ProgressListener listener) {
    while (true) {
      try {
        return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        listener.progress(fractionDone(simulations));
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

  private static double fractionDone(List<Simulation> simulations) {
    double done = 0;
    for (Simulation simulation : simulations) {
      done += Math.min(1.0, simulation.progressNanos() / (double) simulation.horizonNanos());
    }
    return done / simulations.size();
  }
}
