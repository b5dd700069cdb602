package dev.billsim.benchmarks;

import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.ArrivalProcess;
import dev.billsim.workload.TrafficSource;
import dev.billsim.workload.Workload;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the M/M/1 queue of scenarios/mm1.yaml (lambda = 800/s, 1/mu = 1 ms, rho = 0.8) run
 * through the normal ec2 model on one 1-vCPU custom instance: the model the peer benchmarks in
 * benchmarks/peers/ write for SSJ and SimPy.
 *
 * <p>One invocation simulates {@code horizonSeconds} of the queue, about 800 customers a second;
 * the secondary result {@code requests} is customers per second. A fresh {@link Simulation} (or,
 * for {@link #recursion}, traffic source) is built before each invocation, off the clock.
 *
 * <p>{@link #recursion} is the floor under {@link #run}: the same customers, drawn by billsim's own
 * traffic source from the same streams, through Lindley's recursion (a customer starts at the later
 * of its arrival and the previous one's end) instead of the event loop, the ec2 model and the
 * meter, each latency recorded in the same kind of histogram. {@code Ec2TheoryTest} holds the model
 * to that recursion to the nanosecond, so the two compute the same latencies; the ratio of their
 * rates, measured in one run, is what the general model costs over this one queue's arithmetic.
 *
 * <p>Run with: {@code java -jar benchmarks/target/benchmarks.jar Mm1Benchmark -f 1 -t 1 -prof gc
 * -rf json -rff benchmarks/results/mm1.json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Mm1Benchmark {
  /** A tenth of the file's horizon: about 1 M customers a run. */
  @Param({"1250"})
  long horizonSeconds;

  private Workload workload;
  private PlatformSpec server;
  private long seed;

  /** Loads the scenario. */
  @Setup(Level.Trial)
  public void loadScenario() {
    Scenario mm1 = BundledScenario.load("mm1.yaml");
    workload = BundledScenario.withHorizon(mm1.workload(), horizonSeconds);
    server = mm1.platforms().get(0);
    seed = mm1.seed();
  }

  /** Runs the queue to the end, counts its customers and returns its usage. */
  @Benchmark
  public Usage run(Run run, RequestCounter counter) {
    Usage usage = run.simulation.run();
    counter.requests += usage.requests();
    return usage;
  }

  /**
   * Runs the same customers through Lindley's recursion, records each latency in a histogram as the
   * meter does, and returns the summed latency.
   */
  @Benchmark
  public long recursion(Customers customers, RequestCounter counter) {
    TrafficSource traffic = customers.traffic;
    Histogram latencyNanos = new Histogram(3);
    long[] steps = new long[1];
    long freeAtNanos = 0;
    long sumNanos = 0;
    for (long arrival = traffic.nextArrivalNanos();
        arrival != ArrivalProcess.NONE;
        arrival = traffic.nextArrivalNanos()) {
      traffic.arrivalSteps(steps, 0);
      freeAtNanos = Math.max(arrival, freeAtNanos) + steps[0];
      latencyNanos.recordValue(freeAtNanos - arrival);
      sumNanos += freeAtNanos - arrival;
    }
    counter.requests += latencyNanos.getTotalCount();
    return sumNanos;
  }

  /** The run of {@link #run}: each invocation's own, built off the clock. */
  @State(Scope.Thread)
  public static class Run {
    Simulation simulation;

    /** Builds a fresh run. */
    @Setup(Level.Invocation)
    public void newSimulation(Mm1Benchmark benchmark) {
      simulation =
          new Simulation(benchmark.workload, benchmark.server, new RandomStreams(benchmark.seed));
    }
  }

  /** The customers of {@link #recursion}: a fresh traffic source of the same scenario and seed. */
  @State(Scope.Thread)
  public static class Customers {
    TrafficSource traffic;

    /** Draws from the streams' start again, off the clock. */
    @Setup(Level.Invocation)
    public void newTraffic(Mm1Benchmark benchmark) {
      traffic = new TrafficSource(benchmark.workload, new RandomStreams(benchmark.seed));
    }
  }
}
