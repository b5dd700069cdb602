package dev.billsim.benchmarks;

import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.scenario.PlatformKind;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.Workload;
import java.util.concurrent.TimeUnit;
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
 * Measures whole simulations, end to end, of the bundled idle-heavy and compute-heavy scenarios on
 * every platform model: one invocation runs one platform over the scenario's whole horizon,
 * draining included, and the secondary result {@code requests} is simulated requests per second.
 *
 * <p>The traffic and requests are the files' own ({@link Load}), with their seeds; a platform kind
 * the file names is taken from the file, the others from {@link Load#extraPlatforms}, sized for the
 * load. The scenario is parsed once per trial; a fresh {@link Simulation} is built before each
 * invocation, off the clock. The primary score is runs per second; every run of a trial has the
 * same seed, so the same request count.
 *
 * <p>Run with: {@code java -jar benchmarks/target/benchmarks.jar SimulationBenchmark -f 1 -t 1
 * -prof gc -rf json -rff benchmarks/results/simulation.json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SimulationBenchmark {
  @Param Load load;

  @Param PlatformKind platform;

  /** The simulated horizon: the files' day; the smoke test shortens it. */
  @Param({"86400"})
  long horizonSeconds;

  private Workload workload;
  private PlatformSpec spec;
  private long seed;
  private Simulation simulation;

  /** Lists the loads: a bundled scenario each, and the platforms it does not name. */
  public enum Load {
    /** scenarios/llm-chat.yaml: 20 chat turns a second, each waiting seconds on an LLM API. */
    IDLE_HEAVY(
        "llm-chat.yaml",
        """
        - {name: fargate, model: fargate, vcpu: 1, memory: 2GB, count: 2}
        - {name: lambda-managed, model: lambda-managed, instance: m7g.xlarge}
        - {name: durable-objects, model: durable-objects, objects: 1000}
        - {name: cloud-run, model: cloud-run, vcpu: 1, memory: 512MB}
        - {name: vercel, model: vercel}
        """),
    /** scenarios/image-api.yaml: 40 image resizes a second, 3.5 vCPUs of CPU. */
    COMPUTE_HEAVY(
        "image-api.yaml",
        """
        # 8 vCPUs, 44% busy.
        - {name: fargate, model: fargate, vcpu: 2, memory: 4GB, count: 4}
        # 12 vCPUs, 29% busy.
        - {name: lambda-managed, model: lambda-managed, instance: m7g.xlarge}
        - {name: durable-objects, model: durable-objects, objects: 1000}
        - {name: cloud-run, model: cloud-run, vcpu: 2, memory: 2GB}
        - {name: vercel, model: vercel}
        """);

    private final String file;
    private final String extraPlatforms;

    Load(String file, String extraPlatforms) {
      this.file = file;
      this.extraPlatforms = extraPlatforms;
    }

    /** Returns the platforms the file does not name, as a YAML list. */
    String extraPlatforms() {
      return extraPlatforms;
    }

    /** Returns the platform of {@code kind}: the file's first, else the load's extra one. */
    PlatformSpec platform(Scenario bundled, PlatformKind kind) {
      Scenario extras =
          BundledScenario.parse(
              "name: extras\nhorizon: 1s\ntraffic: {arrivals: constant, rate: 1/s}\n"
                  + "requests: [{name: r, steps: [{cpu: 1ms}]}]\nplatforms:\n"
                  + extraPlatforms.indent(2),
              "extras of " + file);
      return bundled.platforms().stream()
          .filter(p -> PlatformKind.of(p) == kind)
          .findFirst()
          .or(() -> extras.platforms().stream().filter(p -> PlatformKind.of(p) == kind).findFirst())
          .orElseThrow(() -> new IllegalStateException("no " + kind.key() + " platform"));
    }
  }

  /** Loads the scenario, picks the platform, and runs it once to check that nothing is refused. */
  @Setup(Level.Trial)
  public void loadScenario() {
    Scenario bundled = BundledScenario.load(load.file);
    workload = BundledScenario.withHorizon(bundled.workload(), horizonSeconds);
    spec = load.platform(bundled, platform);
    seed = bundled.seed();
    Usage usage = new Simulation(workload, spec, new RandomStreams(seed)).run();
    if (usage.requests() == 0 || usage.throttled() != 0 || usage.errors() != 0) {
      throw new IllegalStateException("expected requests, none refused or failed; got " + usage);
    }
  }

  /** Builds a fresh run, so each invocation simulates the same traffic from the start. */
  @Setup(Level.Invocation)
  public void newSimulation() {
    simulation = new Simulation(workload, spec, new RandomStreams(seed));
  }

  /** Runs the simulation to the end, counts its requests and returns its usage. */
  @Benchmark
  public Usage run(RequestCounter counter) {
    Usage usage = simulation.run();
    counter.requests += usage.requests();
    return usage;
  }
}
