package dev.billsim.run;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.scenario.PlatformKind;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.ArrivalFeed;
import dev.billsim.workload.TrafficTape;
import java.util.concurrent.Callable;

/**
 * Simulates one platform of one scenario and prices it: the unit of work that runs and sweeps hand
 * to their threads. The simulation is built on the thread that runs it, so jobs waiting in a queue
 * hold no simulation state.
 */
public final class PlatformJob implements Callable<PlatformResult> {
  private final Scenario scenario;
  private final PlatformSpec spec;
  private final PriceCatalog catalog;
  private final boolean keepProfiles;
  private final TrafficTape.Reader sharedTraffic;
  private volatile Simulation simulation;
  private volatile boolean done;

  /** Prepares the job for the platform at {@code index} in the scenario. */
  public PlatformJob(Scenario scenario, int index, PriceCatalog catalog) {
    this(scenario, index, catalog, true);
  }

  /**
   * Prepares the job for the platform at {@code index} in the scenario, keeping the usage's time
   * series and latency distribution only if {@code keepProfiles}: a run that draws no charts, and a
   * sweep of thousands of points (its reports chart the bills), keep neither; the series is not
   * even recorded, which saves a fifth to a third of the metering's time.
   */
  public PlatformJob(Scenario scenario, int index, PriceCatalog catalog, boolean keepProfiles) {
    this(scenario, index, catalog, keepProfiles, null);
  }

  /**
   * Prepares the job as above, reading the scenario's requests from {@code sharedTraffic} (a reader
   * of a tape of this scenario's workload and seed, which the job closes when it ends) rather than
   * drawing them itself if it is not null. Jobs sharing a tape must run at the same time.
   */
  public PlatformJob(
      Scenario scenario,
      int index,
      PriceCatalog catalog,
      boolean keepProfiles,
      TrafficTape.Reader sharedTraffic) {
    this.scenario = scenario;
    this.spec = scenario.platforms().get(index);
    this.catalog = scenario.catalog() != null ? scenario.catalog() : catalog;
    this.keepProfiles = keepProfiles;
    this.sharedTraffic = sharedTraffic;
  }

  /**
   * Runs the simulation and bills it. Every job sees the traffic drawn from the scenario's seed
   * (common random numbers), drawn by itself or read from a shared tape, so a platform's numbers do
   * not depend on which job or thread ran it.
   */
  @Override
  public PlatformResult call() {
    Usage usage;
    try {
      Simulation run = simulation(sharedTraffic);
      usage = kept(run.run());
    } finally {
      if (sharedTraffic != null) {
        sharedTraffic.close(); // the other readers must not wait for a run that has ended
      }
    }
    PlatformResult result = price(usage);
    ended();
    return result;
  }

  /**
   * Returns what decides this job's usage: two jobs with equal keys simulate identically, so one
   * simulation serves both (each bills the usage by its own rule, {@link #price(Usage)}).
   */
  SimulationKey simulationKey() {
    return new SimulationKey(scenario.workload(), scenario.seed(), spec.simulated(), keepProfiles);
  }

  /**
   * Builds this job's simulation, reading its requests from {@code arrivals} (null: drawing them
   * itself); {@link #fractionDone} follows it until {@link #ended}.
   */
  Simulation simulation(ArrivalFeed arrivals) {
    Simulation run =
        new Simulation(
            scenario.workload(), spec, new RandomStreams(scenario.seed()), keepProfiles, arrivals);
    simulation = run;
    return run;
  }

  /** Returns the usage as the job keeps it: without its profiles unless asked for. */
  Usage kept(Usage usage) {
    return keepProfiles ? usage : usage.withoutProfiles();
  }

  /** Marks the job done: it reports all of its time done and lets its simulation go. */
  void ended() {
    done = true;
    simulation = null; // a sweep keeps its jobs to the end: let the finished run's state go
  }

  /** Bills {@code usage}, this job's or an equal job's ({@link #simulationKey}), as this job. */
  PlatformResult price(Usage usage) {
    return price(scenario, spec, catalog, usage);
  }

  /**
   * Bills {@code usage}, what {@code ran} metered (this job, or one with an equal {@link
   * #simulationKey}), as this job: first taken as this job's platform would have metered it ({@link
   * PlatformSpec#usageFrom}, which returns a usage of its own platform as it is).
   */
  PlatformResult priceFrom(Usage usage, PlatformJob ran) {
    return price(spec.usageFrom(usage, ran.spec));
  }

  /**
   * Prices what platform {@code index} of {@code scenario} used, as its job does: by the platform's
   * billing rule, with the scenario's own catalog if it has one, else {@code catalog}, over the
   * scenario's billing month. A usage that travelled as data from another process prices exactly as
   * it did there.
   */
  public static PlatformResult price(
      Scenario scenario, int index, PriceCatalog catalog, Usage usage) {
    // A usage is the scenario's only if it covers the scenario's horizon: one that arrived as data
    // from elsewhere may not, and its bill would be scaled from the wrong span.
    if (usage.horizonNanos() != scenario.workload().horizonNanos()) {
      throw new IllegalArgumentException(
          "a usage over "
              + usage.horizonNanos()
              + " ns for a scenario of "
              + scenario.workload().horizonNanos()
              + " ns");
    }
    return price(scenario, scenario.platforms().get(index), catalog, usage);
  }

  private static PlatformResult price(
      Scenario scenario, PlatformSpec spec, PriceCatalog catalog, Usage usage) {
    PriceCatalog prices = scenario.catalog() != null ? scenario.catalog() : catalog;
    return new PlatformResult(
        spec, usage, PlatformKind.ruleFor(spec, prices, scenario.billingMonthNanos()).bill(usage));
  }

  /** Returns the fraction of simulated time done, from 0 (not started) to 1; any thread may ask. */
  public double fractionDone() {
    if (done) {
      return 1.0;
    }
    Simulation run = simulation;
    return run == null ? 0.0 : Math.min(1.0, run.progressNanos() / (double) run.horizonNanos());
  }

  /** Returns whether the job has finished. */
  public boolean isDone() {
    return done;
  }
}
