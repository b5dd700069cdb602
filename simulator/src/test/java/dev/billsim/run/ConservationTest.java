package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.ArrivalProcess;
import dev.billsim.workload.TrafficSource;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Checks that the meters account for exactly the work the traffic generated, on every platform. */
class ConservationTest {
  private static final String SCENARIO =
      """
      name: conservation
      horizon: 30m
      seed: 99
      traffic: {arrivals: poisson, rate: 40/s}
      requests:
        - name: chat
          weight: 3
          steps:
            - cpu: {exponential: {mean: 3ms}}
            - io: {lognormal: {median: 800ms, p99: 4s}}
            - cpu: {normal: {mean: 2ms, sd: 1ms}}
        - name: crunch
          weight: 1
          steps:
            - cpu: {uniform: {min: 20ms, max: 80ms}}
            - io: 5ms
      platforms:
        - {name: workers, model: workers}
        - {name: lambda-512, model: lambda, memory: 512MB, cold-start: 0ms}
        - {name: lambda-256, model: lambda, memory: 256MB}
        - {name: lambda-2048, model: lambda, memory: 2048MB, cold-start: 0ms}
        - {name: ec2, model: ec2, instance: m7g.large, count: 2}
      """;

  /** Sums the CPU of every step the traffic source generates for the scenario's seed. */
  private static BigInteger generatedCpuNanos(Scenario scenario) {
    TrafficSource source =
        new TrafficSource(scenario.workload(), new RandomStreams(scenario.seed()));
    BigInteger total = BigInteger.ZERO;
    long[] steps = new long[scenario.workload().maxSteps()];
    while (source.nextArrivalNanos() != ArrivalProcess.NONE) {
      int c = source.requestClass();
      source.drawSteps(c, steps, 0);
      for (int s = 0; s < source.stepCount(c); s++) {
        if (source.isCpu(c, s)) {
          total = total.add(BigInteger.valueOf(steps[s]));
        }
      }
    }
    return total;
  }

  @Test
  void everyPlatform_metersExactlyTheCpuTheTrafficGenerated() {
    // Invariant: CPU metered = CPU generated, to the nanosecond, on every platform (no request
    // here reaches a limit or is throttled). Per request, wall >= CPU is asserted inside the
    // simulation on every finish (assertions are on in tests: see assertionsAreEnabled).
    Scenario scenario = TestScenarios.parse(SCENARIO);
    BigInteger generated = generatedCpuNanos(scenario);
    RunResult result = TestScenarios.run(scenario);
    for (PlatformResult platform : result.platforms()) {
      Usage usage = platform.usage();
      assertThat(usage.cpuNanos()).as(platform.platform().name()).isEqualTo(generated);
      assertThat(usage.completed()).as(platform.platform().name()).isEqualTo(usage.requests());
      assertThat(usage.wallNanos()).isGreaterThanOrEqualTo(usage.cpuNanos());
    }
  }

  @Test
  void billedTime_isNeverLessThanTheTimeUsed() {
    RunResult result = TestScenarios.run(TestScenarios.parse(SCENARIO));
    Usage workers = TestScenarios.platform(result, "workers").usage();
    // Workers bills CPU exactly.
    assertThat(workers.billedNanos()).isEqualTo(workers.cpuNanos());
    for (String lambda : new String[] {"lambda-256", "lambda-512", "lambda-2048"}) {
      Usage usage = TestScenarios.platform(result, lambda).usage();
      // Lambda never queues: wall time is INIT + duration, billed rounded up per invocation.
      assertThat(usage.billedNanos()).as(lambda).isGreaterThanOrEqualTo(usage.wallNanos());
      assertThat(usage.billedNanos().subtract(usage.wallNanos()))
          .as("rounding adds less than 1 ms per invocation")
          .isLessThan(BigInteger.valueOf(usage.invocations() * 1_000_000L));
    }
    Usage ec2 = TestScenarios.platform(result, "ec2").usage();
    assertThat(ec2.billedNanos()).isGreaterThanOrEqualTo(ec2.instanceNanos());
    // Two instances of 2 vCPUs cannot be busy for more than their vCPU-time.
    assertThat(ec2.busyVcpuNanos())
        .isLessThanOrEqualTo(ec2.instanceNanos().multiply(BigInteger.TWO));
  }

  @Test
  void cpuShare_lambdaBelow1769Mb_stretchesCpuStepsInProportion() {
    // At 512 MB (no INIT) a CPU step of c takes ceil(c x 1769 / 512) of wall time: the same CPU
    // as Workers, and exactly that much more wall time, give or take a nanosecond per step.
    RunResult result = TestScenarios.run(TestScenarios.parse(SCENARIO));
    Usage small = TestScenarios.platform(result, "lambda-512").usage();
    Usage workers = TestScenarios.platform(result, "workers").usage();
    assertThat(small.cpuNanos()).isEqualTo(workers.cpuNanos());
    double extraWall = Usage.seconds(small.wallNanos()) - Usage.seconds(workers.wallNanos());
    double stretch = Usage.seconds(workers.cpuNanos()) * (1769.0 / 512 - 1);
    assertThat(extraWall).isCloseTo(stretch, org.assertj.core.data.Offset.offset(1e-6 * stretch));
  }

  @Test
  void assertionsAreEnabled() {
    boolean enabled = false;
    assert enabled = true;
    assertThat(enabled).as("per-request invariants are asserted in tests").isTrue();
  }
}
