package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.Scenario;
import dev.billsim.workload.ArrivalProcess;
import dev.billsim.workload.TrafficSource;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Holds the EC2 model to closed forms of queueing theory. */
class Ec2TheoryTest {
  /**
   * Returns the Erlang C probability that an arrival waits, for c servers and load a = lambda/mu.
   */
  static double erlangC(int c, double a) {
    double term = 1;
    double sum = 1; // k = 0
    for (int k = 1; k < c; k++) {
      term *= a / k;
      sum += term;
    }
    double last = term * a / c * c / (c - a); // a^c / c! * c / (c - a)
    return last / (sum + last);
  }

  @Test
  void erlangC_knownValue() {
    // Textbook check: c = 2, a = 1 gives C = 1/3.
    assertThat(erlangC(2, 1.0)).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void meanResponseTime_mm1_isOneOverMuMinusLambda() {
    // M/M/1 on a 1-vCPU custom instance: lambda = 50/s, E[S] = 10 ms (mu = 100/s), rho = 0.5:
    // W = 1 / (mu - lambda) = 20 ms. Two hours give 360,000 customers; the estimate's relative
    // error is well under 1% at this load.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: mm1
            horizon: 2h
            seed: 21
            traffic: {arrivals: poisson, rate: 50/s}
            requests:
              - name: r
                steps: [{cpu: {exponential: {mean: 10ms}}}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}}
            """);
    Usage usage = result.usage();
    assertThat(usage.latency().meanNanos() / 1e6).isCloseTo(20.0, within(0.03 * 20.0));
    // Utilisation = lambda E[S] / c = 0.5.
    double utilisation = Usage.seconds(usage.busyVcpuNanos()) / (1 * 7200.0);
    assertThat(utilisation).isCloseTo(0.5, within(0.01));
  }

  /**
   * Runs an M/M/c queue on one custom instance of {@code vcpus} vCPUs, and beside it the FCFS queue
   * of as many servers computed by the Kiefer-Wolfowitz recursion (Lindley's for one server) over
   * the same draws: each customer starts at the later of its arrival and the earliest a server is
   * free. The ec2 model must give every customer the same start, so the same sums and maximum, to
   * the nanosecond.
   */
  private static void assertIsTheRecursion(
      String horizon, long seed, int perSecond, String meanService, int vcpus) {
    Scenario scenario =
        TestScenarios.parse(
            """
            name: mmc
            horizon: %s
            seed: %d
            traffic: {arrivals: poisson, rate: %d/s}
            requests:
              - name: r
                steps: [{cpu: {exponential: {mean: %s}}}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: %d, memory: 8GB, usd-per-hour: 0.2}}
            """
                .formatted(horizon, seed, perSecond, meanService, vcpus));
    Usage usage = TestScenarios.run(scenario).platforms().get(0).usage();
    TrafficSource traffic =
        new TrafficSource(scenario.workload(), new RandomStreams(scenario.seed()));
    long[] freeAtNanos = new long[vcpus];
    long[] steps = new long[1];
    long customers = 0;
    long maxLatencyNanos = 0;
    BigInteger latencyNanos = BigInteger.ZERO;
    BigInteger serviceNanos = BigInteger.ZERO;
    for (long arrival = traffic.nextArrivalNanos();
        arrival != ArrivalProcess.NONE;
        arrival = traffic.nextArrivalNanos()) {
      traffic.arrivalSteps(steps, 0);
      int earliest = 0;
      for (int k = 1; k < vcpus; k++) {
        earliest = freeAtNanos[k] < freeAtNanos[earliest] ? k : earliest;
      }
      long endNanos = Math.max(arrival, freeAtNanos[earliest]) + steps[0];
      freeAtNanos[earliest] = endNanos;
      customers++;
      maxLatencyNanos = Math.max(maxLatencyNanos, endNanos - arrival);
      latencyNanos = latencyNanos.add(BigInteger.valueOf(endNanos - arrival));
      serviceNanos = serviceNanos.add(BigInteger.valueOf(steps[0]));
    }
    assertThat(customers).isGreaterThan(100_000);
    assertThat(usage.completed()).isEqualTo(customers);
    assertThat(usage.cpuNanos()).isEqualTo(serviceNanos);
    assertThat(usage.wallNanos()).isEqualTo(latencyNanos);
    assertThat(usage.latency().maxNanos()).isEqualTo(maxLatencyNanos);
  }

  @Test
  void mm1_isLindleysRecursion_toTheNanosecond() {
    // The peers' queue (scenarios/mm1.yaml, its seed) for an hour: rho = 0.8, 2.9 M customers.
    assertIsTheRecursion("1h", 1, 800, "1ms", 1);
  }

  @Test
  void mmc_isTheKieferWolfowitzRecursion_toTheNanosecond() {
    // M/M/4 near saturation (rho = 0.95), where most customers wait for one of the four vCPUs.
    assertIsTheRecursion("20m", 23, 380, "10ms", 4);
  }

  @Test
  void meanWait_mmc_followsErlangC() {
    // M/M/4 on one 4-vCPU instance: lambda = 300/s, E[S] = 10 ms, a = 3, rho = 0.75.
    // Wq = C(4, 3) / (c mu - lambda) = 0.5094 / 100 s = 5.09 ms; W = Wq + 10 ms.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: mmc
            horizon: 1h
            seed: 22
            traffic: {arrivals: poisson, rate: 300/s}
            requests:
              - name: r
                steps: [{cpu: {exponential: {mean: 10ms}}}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: 4, memory: 8GB, usd-per-hour: 0.2}}
            """);
    double waitProbability = erlangC(4, 3.0);
    double expectedWaitMs = waitProbability / (400 - 300) * 1000;
    Usage usage = result.usage();
    double meanWaitMs = usage.latency().meanNanos() / 1e6 - 10.0;
    assertThat(meanWaitMs).isCloseTo(expectedWaitMs, within(0.06 * expectedWaitMs));
    double utilisation = Usage.seconds(usage.busyVcpuNanos()) / (4 * 3600.0);
    assertThat(utilisation).isCloseTo(0.75, within(0.01));
  }

  @Test
  void meanWait_mmc_withAnIoStepAfterEachCpuStep_followsErlangC() {
    // The M/M/4 above, each CPU step followed by an exponential I/O step of mean 50 ms: the I/O
    // holds no vCPU, so the vCPUs still form an M/M/4 queue, W = Wq + 10 ms + 50 ms. The run frees
    // these vCPUs lazily, without an event at each CPU step's end (InstanceCpus).
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: mmc-io
            horizon: 1h
            seed: 23
            traffic: {arrivals: poisson, rate: 300/s}
            requests:
              - name: r
                steps: [{cpu: {exponential: {mean: 10ms}}}, {io: {exponential: {mean: 50ms}}}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: 4, memory: 8GB, usd-per-hour: 0.2}}
            """);
    double expectedWaitMs = erlangC(4, 3.0) / (400 - 300) * 1000;
    Usage usage = result.usage();
    double meanWaitMs = usage.latency().meanNanos() / 1e6 - 10.0 - 50.0;
    assertThat(meanWaitMs).isCloseTo(expectedWaitMs, within(0.06 * expectedWaitMs));
    double utilisation = Usage.seconds(usage.busyVcpuNanos()) / (4 * 3600.0);
    assertThat(utilisation).isCloseTo(0.75, within(0.01));
  }

  @Test
  void ioSteps_holdNoVcpu_soWaitingRequestsDoNotQueueEachOther() {
    // 1 vCPU, 200 requests/s that each wait 1 s on I/O and compute 1 ms: ~200 in flight but the
    // vCPU is only 20% busy, so latency stays near 1.001 s rather than exploding.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: io
            horizon: 10m
            seed: 5
            traffic: {arrivals: poisson, rate: 200/s}
            requests:
              - name: r
                steps: [{io: 1s}, {cpu: 1ms}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}}
            """);
    Usage usage = result.usage();
    assertThat(usage.meanConcurrency()).isCloseTo(200 * 1.001, within(10.0));
    assertThat(usage.latency().meanNanos() / 1e9).isLessThan(1.01);
  }

  @Test
  void instances_areBilledForExactlyTheHorizon_whichSamplesAMonthOfRunning() {
    PlatformResult tenMinutes =
        TestScenarios.runFirst(
            """
            name: fleet
            horizon: 10m
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms: [{name: e, model: ec2, instance: t4g.small, count: 3}]
            """);
    assertThat(Usage.seconds(tenMinutes.usage().instanceNanos())).isEqualTo(1800.0);
    assertThat(Usage.seconds(tenMinutes.usage().billedNanos())).isEqualTo(1800.0);
    PlatformResult tenSeconds =
        TestScenarios.runFirst(
            """
            name: short
            horizon: 10500ms
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms: [{name: e, model: ec2, instance: t4g.small, count: 3}]
            """);
    // A fixed fleet runs all month: a 10.5 s sample is not a 60 s launch, so the month's bill is
    // the same 3 x 730 instance-hours whatever the horizon.
    assertThat(Usage.seconds(tenSeconds.usage().instanceNanos())).isEqualTo(31.5);
    assertThat(Usage.seconds(tenSeconds.usage().billedNanos())).isEqualTo(31.5);
    assertThat(tenSeconds.bill().totalUsd()).isEqualByComparingTo(tenMinutes.bill().totalUsd());
    assertThat(tenMinutes.bill().totalUsd()).isEqualByComparingTo("36.792"); // 3 x 730 x 0.0168
  }

  @Test
  void loadBalancer_spreadsRequestsOverTheFleet() {
    // Two 1-vCPU instances at 150 requests/s of 10 ms CPU: each is 75% busy. A single instance
    // would be overloaded (rho = 1.5), so a bounded latency shows the work was shared.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: lb
            horizon: 30m
            seed: 9
            traffic: {arrivals: poisson, rate: 150/s}
            requests: [{name: r, steps: [{cpu: {exponential: {mean: 10ms}}}]}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}, count: 2}
            """);
    assertThat(result.usage().latency().meanNanos() / 1e6).isLessThan(60);
    assertThat(result.usage().completed()).isEqualTo(result.usage().requests());
  }
}
