package dev.billsim.benchmarks;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformKind;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.workload.Workload;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures whole simulations, end to end: one invocation runs one platform over a scenario of
 * exactly {@value #REQUESTS_PER_RUN} requests, so the score in ops/s is simulated requests per
 * second.
 *
 * <p>Arrivals are constant (1,000/s for 300 s), which makes the request count exact; everything
 * else is random as in a real run. The idle-heavy load is LLM-like: 3 ms of CPU, then an I/O wait
 * log-normal with median 2.5 s and p99 8 s, so about 2,800 requests are in flight. The
 * compute-heavy load computes 25 ms per request (exponential 20 ms, 5 ms of I/O, 5 ms) and keeps an
 * EC2 fleet 60% busy, so CPU queues form. The scenario is parsed and checked once per trial; a
 * fresh {@link Simulation} is built before each invocation, off the clock, and its run is measured,
 * draining included.
 *
 * <p>Run with: {@code java -jar benchmarks/target/benchmarks.jar SimulationBenchmark -f 1 -t 1
 * -prof gc -rf json -rff benchmarks/results/simulation.json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SimulationBenchmark {
  /** 1,000 requests a second, constant, for 300 s. */
  static final int REQUESTS_PER_RUN = 300_000;

  static final long SEED = 42;

  @Param Load load;

  @Param PlatformKind platform;

  private Workload workload;
  private PlatformSpec spec;
  private Simulation simulation;

  /** Lists the loads, each a scenario with one platform of every kind. */
  public enum Load {
    /** An LLM-backed handler: a little CPU, then seconds of waiting on the model's API. */
    IDLE_HEAVY(
        """
        requests:
          - name: llm-call
            steps:
              - cpu: 3ms
              - io: {lognormal: {median: 2.5s, p99: 8s}}
        platforms:
          - {name: workers, model: workers}
          - {name: lambda, model: lambda, memory: 1024MB, concurrency-limit: 100000}
          # 3 vCPU-s of CPU a second on 8 vCPUs: 38% busy.
          - {name: ec2, model: ec2, instance: m7g.large, count: 4}
        """),
    /** A rendering or transcoding handler: mostly CPU, briefly waiting on storage. */
    COMPUTE_HEAVY(
        """
        requests:
          - name: render
            steps:
              - cpu: {exponential: {mean: 20ms}}
              - io: 5ms
              - cpu: 5ms
        platforms:
          - {name: workers, model: workers}
          - {name: lambda, model: lambda, memory: 2048MB, concurrency-limit: 100000}
          # 25 vCPU-s of CPU a second on 40 vCPUs: 62% busy.
          - {name: ec2, model: ec2, instance: m7g.large, count: 20}
        """);

    private static final String TRAFFIC =
        """
        horizon: 300s
        seed: 42
        traffic:
          arrivals: constant
          rate: 1000/s
        """;

    private final String requestsAndPlatforms;

    Load(String requestsAndPlatforms) {
      this.requestsAndPlatforms = requestsAndPlatforms;
    }

    /** Returns the scenario's YAML text. */
    String yaml() {
      return "name: bench-"
          + name().toLowerCase(Locale.ROOT)
          + "\n"
          + TRAFFIC
          + requestsAndPlatforms;
    }
  }

  /** Loads the scenario, picks the platform, and runs it once to check the request count. */
  @Setup(Level.Trial)
  public void loadScenario() throws ScenarioException {
    Scenario scenario =
        new ScenarioLoader(PriceCatalog.builtIn()).parse(load.yaml(), "bench-" + load);
    workload = scenario.workload();
    spec =
        scenario.platforms().stream().filter(p -> p.kind() == platform).findFirst().orElseThrow();
    Usage usage = new Simulation(workload, spec, new RandomStreams(SEED)).run();
    if (usage.requests() != REQUESTS_PER_RUN || usage.throttled() != 0) {
      throw new IllegalStateException(
          "expected " + REQUESTS_PER_RUN + " requests, none throttled; got " + usage);
    }
  }

  /** Builds a fresh run, so each invocation simulates the same traffic from the start. */
  @Setup(Level.Invocation)
  public void newSimulation() {
    simulation = new Simulation(workload, spec, new RandomStreams(SEED));
  }

  /** Runs the simulation to the end and returns its usage. */
  @Benchmark
  @OperationsPerInvocation(REQUESTS_PER_RUN)
  public Usage run() {
    return simulation.run();
  }
}
