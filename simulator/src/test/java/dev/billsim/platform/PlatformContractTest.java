package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.report.ReportFormat;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.RunResult;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.PlatformKind;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.ArrivalProcess;
import dev.billsim.workload.TrafficSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Holds every platform model to the contract all of them share: each request that arrives is
 * accounted for once, the meters obey Little's law, and the results do not depend on the thread
 * count, nor on whether every CPU step's end is an event. Each kind runs a small scenario of its
 * own through the normal loader and runner; a kind added to {@link PlatformKind} without a scenario
 * here fails every test below.
 */
class PlatformContractTest {
  private static final double RATE_PER_SECOND = 20;
  private static final double HORIZON_SECONDS = 600;

  /**
   * The platforms each kind runs: first one with no limit in the way (every request completes, so
   * Little's law holds for all arrivals), then one whose limit refuses, abandons or fails requests
   * where the model has such a limit. Two platforms, so that three threads run them at once from
   * one shared traffic tape while one thread runs them in turn, each drawing its own requests.
   */
  private static final Map<PlatformKind, String> PLATFORMS = new EnumMap<>(PlatformKind.class);

  /**
   * The kinds whose second platform refuses nothing: a Durable Object queues its requests and
   * Vercel publishes no concurrency limit, so only another setting (fewer objects, a long cold
   * start) is run there.
   */
  private static final Set<PlatformKind> WITHOUT_LIMITS =
      EnumSet.of(PlatformKind.DURABLE_OBJECTS, PlatformKind.VERCEL);

  static {
    PLATFORMS.put(
        PlatformKind.WORKERS,
        """
          - {name: open, model: workers}
          - {name: limited, model: workers, cpu-limit: 10ms}
        """);
    PLATFORMS.put(
        PlatformKind.LAMBDA,
        """
          - {name: open, model: lambda, memory: 512MB}
          - {name: limited, model: lambda, memory: 1GB, concurrency-limit: 2}
        """);
    PLATFORMS.put(
        PlatformKind.EC2,
        """
          - {name: open, model: ec2, instance: c7g.large, count: 1}
          - {name: limited, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.01}, max-concurrency: 1, queue-timeout: 50ms}
        """);
    PLATFORMS.put(
        PlatformKind.FARGATE,
        """
          - {name: open, model: fargate, vcpu: 1, memory: 2GB, scaling: {max: 4, evaluation: 1m, boot: 30s}}
          - {name: limited, model: fargate, vcpu: 0.25, memory: 512MB, count: 1, max-concurrency: 1, queue-timeout: 50ms}
        """);
    PLATFORMS.put(
        PlatformKind.LAMBDA_MANAGED,
        """
          - {name: open, model: lambda-managed, instance: c7g.large, count: 1}
          - {name: limited, model: lambda-managed, instance: c7g.large, count: 1, concurrency-per-vcpu: 1}
        """);
    PLATFORMS.put(
        PlatformKind.DURABLE_OBJECTS,
        """
          - {name: open, model: durable-objects, objects: 50}
          - {name: limited, model: durable-objects, objects: 2, keys: {zipf: 1.2}}
        """);
    PLATFORMS.put(
        PlatformKind.CLOUD_RUN,
        """
          - {name: open, model: cloud-run, concurrency: 10}
          - {name: limited, model: cloud-run, concurrency: 1, max-instances: 1, queue-timeout: 50ms}
        """);
    PLATFORMS.put(
        PlatformKind.VERCEL,
        """
          - {name: open, model: vercel, concurrency: 10}
          - {name: limited, model: vercel, concurrency: 1, cold-start: 2s}
        """);
  }

  /** Returns the scenario of {@code kind}, failing the test if the kind has none. */
  private static Scenario scenario(PlatformKind kind) {
    assertThat(PLATFORMS)
        .as("platform kind %s needs a contract scenario in PlatformContractTest.PLATFORMS", kind)
        .containsKey(kind);
    return TestScenarios.parse(
        """
        name: contract-%s
        horizon: %.0fs
        seed: 17
        traffic: {arrivals: poisson, rate: %.0f/s}
        requests:
          - name: api
            steps: [{cpu: {exponential: {mean: 5ms}}}, {io: {exponential: {mean: 100ms}}}]
        platforms:
        %s"""
            .formatted(kind.key(), HORIZON_SECONDS, RATE_PER_SECOND, PLATFORMS.get(kind)));
  }

  /**
   * Counts the arrivals the scenario's traffic generates within the horizon, apart from any run.
   */
  private static long arrivals(Scenario scenario) {
    TrafficSource source =
        new TrafficSource(scenario.workload(), new RandomStreams(scenario.seed()));
    long count = 0;
    while (source.nextArrivalNanos() != ArrivalProcess.NONE) {
      count++;
    }
    return count;
  }

  private static RunResult run(Scenario scenario, int threads) {
    return new ScenarioRunner(PriceCatalog.builtIn(), threads).run(scenario, ProgressListener.NONE);
  }

  private static String json(Scenario scenario, int threads) {
    StringWriter out = new StringWriter();
    try {
      ReportFormat.JSON
          .reporter()
          .write(
              new ScenarioRunner(PriceCatalog.builtIn(), threads)
                  .replicate(scenario, 1, ProgressListener.NONE),
              out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void everyKind_hasAContractScenarioOfItsOwnModel(PlatformKind kind) {
    // Invariant: the scenario of a kind runs that kind, so no model escapes the contract by
    // borrowing another's scenario.
    for (PlatformSpec platform : scenario(kind).platforms()) {
      assertThat(PlatformKind.of(platform)).as(platform.name()).isEqualTo(kind);
    }
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void everyArrival_isDrainedIntoExactlyOneOutcome(PlatformKind kind) {
    // Invariant: requests in = completed + errors + throttled, where "in" is counted from the
    // traffic alone: every request that arrived within the horizon leaves with one outcome, even
    // if it finishes after the horizon (the run drains). No class here is static.
    Scenario scenario = scenario(kind);
    long arrivals = arrivals(scenario);
    RunResult result = run(scenario, 1);
    for (PlatformResult platform : result.platforms()) {
      Usage usage = platform.usage();
      String name = kind.key() + "/" + platform.platform().name();
      assertThat(usage.requests()).as(name + " requests").isEqualTo(arrivals);
      assertThat(usage.completed() + usage.errors() + usage.throttled())
          .as(name + " completed + errors + throttled")
          .isEqualTo(arrivals);
      assertThat(usage.staticRequests()).as(name).isZero();
    }
    Usage open = result.platforms().get(0).usage();
    assertThat(open.completed()).as(kind.key() + "/open completes everything").isEqualTo(arrivals);
    if (!WITHOUT_LIMITS.contains(kind)) {
      // The sum is only worth checking if the limit refused, abandoned or failed some requests.
      Usage limited = result.platforms().get(1).usage();
      assertThat(limited.errors() + limited.throttled()).as(kind.key() + "/limited").isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void meanConcurrency_everyKind_obeysLittlesLaw(PlatformKind kind) {
    Scenario scenario = scenario(kind);
    Usage usage = run(scenario, 1).platforms().get(0).usage();
    assertThat(usage.completed()).isEqualTo(usage.requests()); // no refusal, no abandonment
    double horizonSeconds = usage.horizonNanos() / 1e9;
    double meanLatencySeconds = usage.latency().meanNanos() / 1e9;
    double concurrency = usage.meanConcurrency();

    // On the sample path, with no warm-up and every arrival completing, the area under the
    // in-flight count over [0, T] is the sum of the latencies, less the part of each latency that
    // runs past the horizon T. At most maxConcurrency requests are in flight at T, each for at most
    // the maximum latency beyond it, so |L - (n / T) W| <= maxConcurrency * maxLatency / T.
    double measuredRate = usage.requests() / horizonSeconds;
    double edge = usage.maxConcurrency() * (usage.latency().maxNanos() / 1e9) / horizonSeconds;
    assertThat(concurrency)
        .as("L against the measured arrival rate times W")
        .isCloseTo(measuredRate * meanLatencySeconds, within(edge + 1e-9));

    // Against the scenario's rate, L / (lambda W) is about n / (lambda T) with n Poisson of mean
    // lambda T = 12,000: relative standard deviation 1 / sqrt(12,000) = 0.91%; allow 4 of them
    // (a false failure about once in 16,000 runs, and the seed is fixed) plus the edge term.
    double expectedArrivals = RATE_PER_SECOND * HORIZON_SECONDS;
    double relativeTolerance = 4 / Math.sqrt(expectedArrivals);
    double expected = RATE_PER_SECOND * meanLatencySeconds;
    assertThat(concurrency)
        .as("L against the scenario's arrival rate times W")
        .isCloseTo(expected, within(relativeTolerance * expected + edge));
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void jsonReport_oneThreadOrThree_isByteIdentical(PlatformKind kind) {
    // One thread runs the two platforms in turn, each drawing its own requests; three run them at
    // once from one shared traffic tape. The report must not tell which.
    Scenario scenario = scenario(kind);
    String one = json(scenario, 1);
    assertThat(json(scenario, 3)).isEqualTo(one);
    assertThat(one).contains("\"open\"").contains("\"limited\"");
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void simulatedSpec_leavesOutOnlyWhatTheModelNeverReads(PlatformKind kind) {
    // Sweeps simulate platforms with equal simulated specs once (SharedJobs), each taking its
    // usage from that one's (usageFrom): a setting left out that the model did read, and usageFrom
    // did not account for, would give every such platform the first one's usage.
    Scenario scenario = scenario(kind);
    for (PlatformSpec spec : scenario.platforms()) {
      PlatformSpec simulated = spec.simulated();
      assertThat(UsageJson.toTree(spec.usageFrom(simulate(scenario, simulated), simulated)))
          .as(spec.name())
          .isEqualTo(UsageJson.toTree(simulate(scenario, spec)));
    }
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void cpuStepEndsWithoutAnEvent_changeNoUsage(PlatformKind kind) {
    // A run goes straight from a CPU step to the end of the I/O step after it, without an event
    // at the CPU step's end, unless the model needsEveryCpuEnd: a model that does not must free
    // what such a step holds by itself, at that instant. The scenario's requests are such steps.
    Scenario scenario = scenario(kind);
    for (PlatformSpec spec : scenario.platforms()) {
      assertThat(UsageJson.toTree(simulate(scenario, new EveryCpuEnd(spec))))
          .as(spec.name())
          .isEqualTo(UsageJson.toTree(simulate(scenario, spec)));
    }
  }

  private static Usage simulate(Scenario scenario, PlatformSpec spec) {
    return TestScenarios.simulation(scenario, spec).run();
  }
}
