package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import org.junit.jupiter.api.Test;

/** Holds the Lambda model to closed forms of queueing theory. */
class LambdaTheoryTest {
  @Test
  void meanConcurrency_poissonArrivals_obeysLittlesLaw() {
    // M/G/inf: L = lambda E[S]. lambda = 100/s; S = cpu 5 ms x 1769/1024 (CPU share of 1024 MB)
    // + io exponential mean 100 ms, so E[S] = 8.638 ms + 100 ms and L = 10.864. Over one hour the
    // time-average's standard deviation is about sqrt(2 L E[S] / T) = 0.025, i.e. 0.23%.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: little
            horizon: 1h
            seed: 17
            traffic: {arrivals: poisson, rate: 100/s}
            requests:
              - name: r
                steps: [{cpu: 5ms}, {io: {exponential: {mean: 100ms}}}]
            platforms:
              - {name: l, model: lambda, memory: 1024MB, cold-start: 0ms, keep-alive: 10m}
            """);
    double meanServiceSeconds = 0.005 * 1769 / 1024 + 0.100;
    double expected = 100 * meanServiceSeconds;
    Usage usage = result.usage();
    assertThat(usage.meanConcurrency()).isCloseTo(expected, within(0.02 * expected));
    // Little's law also ties the meters together: L = lambda W with the measured W.
    double measuredW = usage.latency().meanNanos() / 1e9;
    assertThat(measuredW).isCloseTo(meanServiceSeconds, within(0.01 * meanServiceSeconds));
  }

  @Test
  void coldStartShare_singleEnvironmentAtLowRate_isExpOfMinusLambdaT() {
    // A request is cold when the gap G ~ Exp(lambda) since the previous arrival exceeds service s
    // plus keep-alive T (the environment was reclaimed), or is shorter than s (it is still busy):
    // P(cold) = e^(-lambda (s + T)) + 1 - e^(-lambda s); with s = 10 ms, lambda = 1/30 s, T = 30 s,
    // that is e^(-1.00033) + 0.00033 = 0.36810. n = 86,400 requests: standard error 0.0016.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: cold
            horizon: 30d
            seed: 3
            traffic: {arrivals: poisson, rate: 120/h}
            requests:
              - name: r
                steps: [{io: 10ms}]
            platforms:
              - {name: l, model: lambda, memory: 2048MB, cold-start: 0ms, keep-alive: 30s}
            """);
    double lambda = 1.0 / 30;
    double s = 0.010;
    double expected = Math.exp(-lambda * (s + 30)) + 1 - Math.exp(-lambda * s);
    Usage usage = result.usage();
    double coldShare = usage.coldStarts() / (double) usage.requests();
    double standardError = Math.sqrt(expected * (1 - expected) / usage.requests());
    assertThat(coldShare).isCloseTo(expected, within(4 * standardError));
  }

  @Test
  void concurrencyLimit_excessRequests_areThrottledNotBilled() {
    // 1,000 simultaneous arrivals cannot happen with Poisson, so use a long wait: 100/s for 10 s
    // at 1 s each needs ~100 environments; a limit of 20 throttles about 80%.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: throttle
            horizon: 60s
            seed: 8
            traffic: {arrivals: constant, rate: 100/s}
            requests:
              - name: r
                steps: [{io: 1s}]
            platforms:
              - {name: l, model: lambda, memory: 1024MB, cold-start: 0ms, concurrency-limit: 20, free-tier: false}
            """);
    Usage usage = result.usage();
    assertThat(usage.maxConcurrency()).isEqualTo(20);
    assertThat(usage.throttled()).isGreaterThan(0);
    assertThat(usage.invocations()).isEqualTo(usage.requests() - usage.throttled());
    // Each invocation bills exactly 1,000 ms at 1 GB.
    assertThat(usage.billedGbSeconds().doubleValue()).isEqualTo(usage.invocations() * 1.0);
    // Constant arrivals every 10 ms with 1 s service and 20 slots: 20 run per second, 80 throttled.
    assertThat(usage.invocations()).isBetween(1190L, 1220L);
  }

  @Test
  void coldStart_initIsAddedToLatencyAndBilledWithTheDuration() {
    // One request every 20 minutes with keep-alive 10 m: every request is cold. INIT is a fixed
    // 250 ms, the handler waits 100 ms: latency 350 ms, billed 350 ms each.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: init
            horizon: 10h
            traffic: {arrivals: constant, rate: 3/h}
            requests:
              - name: r
                steps: [{io: 100ms}]
            platforms:
              - {name: l, model: lambda, memory: 512MB, cold-start: 250ms, keep-alive: 10m}
            """);
    Usage usage = result.usage();
    assertThat(usage.requests()).isEqualTo(30);
    assertThat(usage.coldStarts()).isEqualTo(30);
    assertThat(usage.latency().meanNanos()).isEqualTo(350e6);
    assertThat(Usage.seconds(usage.billedNanos())).isEqualTo(30 * 0.350);
    // Each environment lives INIT + duration + keep-alive: 250 ms + 100 ms + 600 s.
    assertThat(Usage.seconds(usage.instanceNanos())).isEqualTo(30 * 600.350);
  }

  @Test
  void billedDuration_isRoundedUpToTheMillisecondPerInvocation() {
    // 1.0004 ms of I/O bills as 2 ms; 1,000 invocations bill 2 s, not 1.0004 s.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: round
            horizon: 1000s
            traffic: {arrivals: constant, rate: 1/s}
            requests:
              - name: r
                steps: [{io: 1000400ns}]
            platforms:
              - {name: l, model: lambda, memory: 1024MB, cold-start: 0ms}
            """);
    assertThat(Usage.seconds(result.usage().billedNanos())).isEqualTo(2.0);
    assertThat(result.usage().billedGbSeconds().doubleValue()).isEqualTo(2.0);
  }

  @Test
  void maxInstances_constantArrivals_isTheMostRequestsInFlight() {
    // One request a second, each 2.5 s: at most 3 in flight (arrivals at t, t-1 and t-2), and a
    // finished environment is reused by the next arrival, so 3 environments are ever alive.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: environments
            horizon: 1m
            traffic: {arrivals: constant, rate: 1/s}
            requests:
              - name: r
                steps: [{io: 2500ms}]
            platforms:
              - {name: l, model: lambda, memory: 1024MB, cold-start: 0ms, keep-alive: 10m}
            """);

    assertThat(result.usage().maxConcurrency()).isEqualTo(3);
    assertThat(result.usage().maxInstances()).isEqualTo(3);
    assertThat(result.usage().coldStarts()).isEqualTo(3);
  }
}
